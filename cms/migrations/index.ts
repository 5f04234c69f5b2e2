import * as migration_20261126_110351_initial from './20261126_110351_initial';

export const migrations = [
  {
    up: migration_20261126_110351_initial.up,
    down: migration_20261126_110351_initial.down,
    name: '20261126_110351_initial'
  },
];
