/** The server's enums register themselves with @nestjs/graphql; the client's tests need only the values. */
export const registerEnumType = (): void => undefined;
