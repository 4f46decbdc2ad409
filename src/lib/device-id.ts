/** Device ids are `device-<uuid>`; the uuid's first block is enough to tell a handful of tablets apart. */
export const shortDeviceId = (clientId: string): string => clientId.replace(/^device-/u, '').slice(0, 8);
