import { Route } from '@angular/router';
import { HomePage } from './home-page';

export const homeRoutes: Route[] = [{ path: '', component: HomePage, title: 'Home – SEND engagement tracker' }];
