// Every user-facing phrase table, each in one home: classes, subjects, retry, who acts, stages, and sentence helpers.
export * from './classes';
export * from './subjects';
export * from './retry';
export * from './actors';
export * from './stages';
export * from './prose';
export * from './readings';
export * from './dates';
export * from './search';
