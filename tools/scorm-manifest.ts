// The SCORM 1.2 manifest (imsmanifest.xml) of the game's package: one organisation, one item, one SCO
// (the game page) listing every file of the package. Shared by the package builder and its tests.

export interface ManifestInput {
  version: string;
  title: string;
  /** Paths inside the package, with forward slashes; the SCO's launch page is index.html. */
  files: string[];
}

/** The schema files of SCORM 1.2 (tools/scorm12-xsd/), which a package carries beside its manifest. */
export const SCORM12_SCHEMAS = [
  'adlcp_rootv1p2.xsd',
  'imscp_rootv1p1p2.xsd',
  'imsmd_rootv1p2p1.xsd',
  'ims_xml.xsd',
] as const;

/** Each namespace the manifest may use and its schema, as the manifest's xsi:schemaLocation names them. */
export const SCORM12_NAMESPACES = [
  ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
  ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
  ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
] as const;

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function scormManifest({ version, title, files }: ManifestInput): string {
  const fileLines = [...files]
    .sort()
    .map((f) => `      <file href="${escapeXml(f)}"/>`)
    .join('\n');
  const schemaLocation = SCORM12_NAMESPACES.map(([ns, xsd]) => `${ns} ${xsd}`).join('\n    ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="social-journey-scorm12" version="${escapeXml(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="${schemaLocation}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="social-journey-org">
    <organization identifier="social-journey-org">
      <title>${escapeXml(title)}</title>
      <item identifier="social-journey-item" identifierref="social-journey-sco" isvisible="true">
        <title>${escapeXml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="social-journey-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileLines}
    </resource>
  </resources>
</manifest>
`;
}
