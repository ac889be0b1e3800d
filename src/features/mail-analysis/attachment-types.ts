/** File name extensions by what opening the file would do. */

/** Programs, scripts, shortcuts and disk images: opening one runs something. */
export const EXECUTABLE_EXTENSIONS = new Set([
  'exe',
  'com',
  'scr',
  'pif',
  'bat',
  'cmd',
  'msi',
  'msix',
  'msp',
  'dll',
  'cpl',
  'jar',
  'js',
  'jse',
  'mjs',
  'vbs',
  'vbe',
  'wsf',
  'wsh',
  'ws',
  'ps1',
  'psm1',
  'hta',
  'lnk',
  'url',
  'reg',
  'scf',
  'inf',
  'iso',
  'img',
  'vhd',
  'vhdx',
  'appx',
  'appxbundle',
  'msc',
  'gadget',
  'application',
  'sh',
  'apk',
  'dmg',
  'pkg',
  'app',
  'chm',
  'xll',
  'one',
]);

/** Archives: Hygie never opens them, and they often hide a program from antivirus software. */
export const ARCHIVE_EXTENSIONS = new Set([
  'zip',
  'rar',
  '7z',
  'gz',
  'tgz',
  'tar',
  'bz2',
  'xz',
  'cab',
  'arj',
  'ace',
  'lzh',
  'z',
  'zipx',
  'r00',
  'uue',
]);

/** Office formats that hold macros by design. */
export const MACRO_EXTENSIONS = new Set([
  'docm',
  'dotm',
  'xlsm',
  'xltm',
  'xlam',
  'xlsb',
  'pptm',
  'potm',
  'ppsm',
  'ppam',
  'sldm',
]);

/** Old Office formats, which may hold macros. */
export const LEGACY_OFFICE_EXTENSIONS = new Set(['doc', 'dot', 'xls', 'xlt', 'ppt', 'pps', 'pot']);

/** Modern Office and OpenDocument files: zip containers by design. */
export const ZIP_DOCUMENT_EXTENSIONS = new Set([
  'docx',
  'dotx',
  'xlsx',
  'xltx',
  'pptx',
  'potx',
  'ppsx',
  'odt',
  'ods',
  'odp',
  'epub',
  ...MACRO_EXTENSIONS,
]);

/** Web pages and images that can carry scripts: opened, they show a page of the sender's choice. */
export const HTML_EXTENSIONS = new Set(['html', 'htm', 'shtml', 'xhtml', 'mht', 'mhtml', 'svg', 'svgz']);

/** What a harmless-looking first extension is (« facture.pdf.exe »). */
export const DOCUMENT_EXTENSIONS = new Set([
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'odt',
  'ods',
  'txt',
  'rtf',
  'csv',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'bmp',
  'tif',
  'tiff',
  'heic',
  'mp3',
  'mp4',
  'wav',
  'mov',
  'avi',
]);

/** Declared types of programs. */
export const EXECUTABLE_TYPES = new Set([
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/x-executable',
  'application/x-dosexec',
  'application/vnd.microsoft.portable-executable',
  'application/x-ms-shortcut',
  'application/hta',
  'application/x-sh',
  'application/javascript',
  'text/javascript',
  'application/x-javascript',
  'text/vbscript',
  'application/java-archive',
]);
