// Reference pages: the one page model every code page is built into, its builders, and the published JSON records.
export * from './model';
export * from './shared';
export * from './records';
export * from './basic';
export * from './enhanced';
