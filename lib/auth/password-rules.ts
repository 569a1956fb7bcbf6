// Shared by better-auth's configuration and the account forms and scripts.
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
