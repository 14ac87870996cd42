import { Module } from '@nestjs/common';
import { GroupMembersService } from './group-members.service';
import { GroupsController } from './groups.controller';
import { GroupsService } from './groups.service';

@Module({ controllers: [GroupsController], providers: [GroupsService, GroupMembersService] })
export class GroupsModule {}
