import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';

// GOV.UK Frontend expects these on <body>; set here because an inline script would break the CSP.
document.body.classList.add('govuk-frontend-supported', 'js-enabled');

bootstrapApplication(App, appConfig).catch((err) => console.error(err));
