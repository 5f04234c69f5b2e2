import * as migration_20261126_110351_initial from './20261126_110351_initial';
import * as migration_20261126_111344_otp_email_task from './20261126_111344_otp_email_task';
import * as migration_20261126_111500_rate_limits_and_keyset from './20261126_111500_rate_limits_and_keyset';
import * as migration_20261126_111816_site_build_task from './20261126_111816_site_build_task';
import * as migration_20261127_184151_one_gate from './20261127_184151_one_gate';
import * as migration_20261127_213358_moderation from './20261127_213358_moderation';
import * as migration_20261127_213932_site_builds from './20261127_213932_site_builds';
import * as migration_20261127_221904_methods_library from './20261127_221904_methods_library';
import * as migration_20261206_053306_rule_versions from './20261206_053306_rule_versions';
import * as migration_20261206_061445_rule_withdrawal from './20261206_061445_rule_withdrawal';
import * as migration_20261206_062606_steward_invitations from './20261206_062606_steward_invitations';
import * as migration_20261206_071824_ownerless_rules from './20261206_071824_ownerless_rules';
import * as migration_20261206_160848_email_change from './20261206_160848_email_change';
import * as migration_20261206_161549_several_drafts from './20261206_161549_several_drafts';

export const migrations = [
  {
    up: migration_20261126_110351_initial.up,
    down: migration_20261126_110351_initial.down,
    name: '20261126_110351_initial',
  },
  {
    up: migration_20261126_111344_otp_email_task.up,
    down: migration_20261126_111344_otp_email_task.down,
    name: '20261126_111344_otp_email_task',
  },
  {
    up: migration_20261126_111500_rate_limits_and_keyset.up,
    down: migration_20261126_111500_rate_limits_and_keyset.down,
    name: '20261126_111500_rate_limits_and_keyset',
  },
  {
    up: migration_20261126_111816_site_build_task.up,
    down: migration_20261126_111816_site_build_task.down,
    name: '20261126_111816_site_build_task',
  },
  {
    up: migration_20261127_184151_one_gate.up,
    down: migration_20261127_184151_one_gate.down,
    name: '20261127_184151_one_gate',
  },
  {
    up: migration_20261127_213358_moderation.up,
    down: migration_20261127_213358_moderation.down,
    name: '20261127_213358_moderation',
  },
  {
    up: migration_20261127_213932_site_builds.up,
    down: migration_20261127_213932_site_builds.down,
    name: '20261127_213932_site_builds',
  },
  {
    up: migration_20261127_221904_methods_library.up,
    down: migration_20261127_221904_methods_library.down,
    name: '20261127_221904_methods_library',
  },
  {
    up: migration_20261206_053306_rule_versions.up,
    down: migration_20261206_053306_rule_versions.down,
    name: '20261206_053306_rule_versions',
  },
  {
    up: migration_20261206_061445_rule_withdrawal.up,
    down: migration_20261206_061445_rule_withdrawal.down,
    name: '20261206_061445_rule_withdrawal',
  },
  {
    up: migration_20261206_062606_steward_invitations.up,
    down: migration_20261206_062606_steward_invitations.down,
    name: '20261206_062606_steward_invitations',
  },
  {
    up: migration_20261206_071824_ownerless_rules.up,
    down: migration_20261206_071824_ownerless_rules.down,
    name: '20261206_071824_ownerless_rules',
  },
  {
    up: migration_20261206_160848_email_change.up,
    down: migration_20261206_160848_email_change.down,
    name: '20261206_160848_email_change',
  },
  {
    up: migration_20261206_161549_several_drafts.up,
    down: migration_20261206_161549_several_drafts.down,
    name: '20261206_161549_several_drafts'
  },
];
