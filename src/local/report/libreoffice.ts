// Where LibreOffice is: Debian's libreoffice-writer-nogui puts `soffice` on the PATH;
// SOFFICE_PATH overrides it.
export const SOFFICE = process.env.SOFFICE_PATH?.trim() || 'soffice';
