/** Bumped on every change a client must know about; the server refuses other versions in the handshake. */
export const PROTOCOL_VERSION = 2;

/** Client-made answer id: a retry with the same id never counts twice. */
export const CLIENT_ANSWER_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
