using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Anshun.Core.Files;

/// <summary>
/// Tells the zip-based formats apart by their parts: OOXML packages by <c>[Content_Types].xml</c> and the
/// main part their relationships name (which must exist), OFD by <c>OFD.xml</c>, Java programs by their manifest.
/// </summary>
internal static class ZipContentInspector
{
    private const long MaxXmlLength = 1024 * 1024;

    private static readonly (string ContentType, FileType Type)[] MainParts =
    [
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", FileTypes.Docx),
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", FileTypes.Xlsx),
        ("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", FileTypes.Pptx),
    ];

    public static async Task<FileType?> DetectAsync(Stream content, CancellationToken cancellationToken)
    {
        try
        {
            await using var archive = await ZipArchive.CreateAsync(content, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken);
            var names = archive.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (names.Contains("[Content_Types].xml"))
            {
                return await DetectPackageAsync(archive, names, cancellationToken);
            }

            if (names.Contains("OFD.xml"))
            {
                return FileTypes.Ofd;
            }

            return names.Contains("META-INF/MANIFEST.MF") ? FileTypes.JavaArchive : FileTypes.Zip;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static async Task<FileType?> DetectPackageAsync(ZipArchive archive, HashSet<string> names, CancellationToken cancellationToken)
    {
        var contentTypes = await LoadAsync(archive.GetEntry("[Content_Types].xml"), cancellationToken);
        var relationships = await LoadAsync(archive.GetEntry("_rels/.rels"), cancellationToken);
        if (contentTypes?.Root is null || relationships?.Root is null)
        {
            return null;
        }

        // The package's relationships name the main part; its content type comes from an Override for that
        // part or else the Default for its extension (OPC rules). A named part that is missing is no document.
        var target = relationships.Root.Elements()
            .Where(e => e.Name.LocalName == "Relationship" && ((string?)e.Attribute("Type"))?.EndsWith("/officeDocument", StringComparison.Ordinal) == true)
            .Select(e => (string?)e.Attribute("Target"))
            .FirstOrDefault();
        var partName = target?.TrimStart('/');
        if (partName is null || !names.Contains(partName))
        {
            return null;
        }

        var overrideType = contentTypes.Root.Elements()
            .Where(e => e.Name.LocalName == "Override" && string.Equals(((string?)e.Attribute("PartName"))?.TrimStart('/'), partName, StringComparison.OrdinalIgnoreCase))
            .Select(e => (string?)e.Attribute("ContentType"))
            .FirstOrDefault();
        var extension = Path.GetExtension(partName).TrimStart('.');
        var contentType = overrideType ?? contentTypes.Root.Elements()
            .Where(e => e.Name.LocalName == "Default" && string.Equals((string?)e.Attribute("Extension"), extension, StringComparison.OrdinalIgnoreCase))
            .Select(e => (string?)e.Attribute("ContentType"))
            .FirstOrDefault();
        if (contentType is null)
        {
            return null;
        }

        if (contentType.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
        {
            return FileTypes.MacroDocument;
        }

        return MainParts.Where(m => m.ContentType == contentType).Select(m => m.Type).FirstOrDefault();
    }

    private static async Task<XDocument?> LoadAsync(ZipArchiveEntry? entry, CancellationToken cancellationToken)
    {
        if (entry is null || entry.Length > MaxXmlLength)
        {
            return null;
        }

        try
        {
            await using var stream = await entry.OpenAsync(cancellationToken);
            return await XDocument.LoadAsync(stream, LoadOptions.None, cancellationToken);
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
