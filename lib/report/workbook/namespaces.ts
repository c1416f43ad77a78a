// The names every Office Open XML part of the workbook starts with.
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const NS_PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
