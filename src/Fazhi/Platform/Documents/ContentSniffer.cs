using System.IO.Compression;
using System.Text;

namespace Fazhi.Platform.Documents;

/// <summary>
/// 文件类型识别: the type of an upload is read from its bytes (magic numbers; for zip-based formats the package's own
/// part names), so a program renamed "扫描件.pdf" is recognised as not a PDF. Only the types a government file may be
/// are recognised; everything else is null.
/// </summary>
public static class ContentSniffer
{
    // Enough for any real .docx/.xlsx/.ofd; a bigger central directory is a zip bomb, not a document.
    private const int MaxZipEntries = 10_000;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    public const string AcceptedTypes = "PDF、OFD、PNG、JPEG 图片、Word（.docx）、Excel（.xlsx）和 UTF-8 纯文本";

    /// <summary>The detected type of a seekable stream's whole content (read from the start), or null when not accepted.</summary>
    public static AttachmentKind? Detect(Stream content)
    {
        content.Position = 0;
        Span<byte> head = stackalloc byte[8];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;

        if (head.StartsWith(PdfMagic))
        {
            return AttachmentKind.Pdf;
        }

        if (head.StartsWith(PngMagic))
        {
            return AttachmentKind.Png;
        }

        if (head.StartsWith(JpegMagic))
        {
            return AttachmentKind.Jpeg;
        }

        if (head.StartsWith(ZipMagic))
        {
            return DetectPackage(content);
        }

        return read > 0 && IsUtf8Text(content) ? AttachmentKind.Text : null;
    }

    public static string ContentType(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "application/pdf",
        AttachmentKind.Ofd => "application/ofd",
        AttachmentKind.Png => "image/png",
        AttachmentKind.Jpeg => "image/jpeg",
        AttachmentKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        AttachmentKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        AttachmentKind.Text => "text/plain; charset=utf-8",
    };

    public static string DisplayName(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "PDF 文档",
        AttachmentKind.Ofd => "OFD 版式文档",
        AttachmentKind.Png => "PNG 图片",
        AttachmentKind.Jpeg => "JPEG 图片",
        AttachmentKind.Docx => "Word 文档",
        AttachmentKind.Xlsx => "Excel 表格",
        AttachmentKind.Text => "纯文本",
    };

    /// <summary>The file-name extensions a file of this type may carry (security.md INP-09: extension and content agree).</summary>
    public static IReadOnlyList<string> Extensions(AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => [".pdf"],
        AttachmentKind.Ofd => [".ofd"],
        AttachmentKind.Png => [".png"],
        AttachmentKind.Jpeg => [".jpg", ".jpeg"],
        AttachmentKind.Docx => [".docx"],
        AttachmentKind.Xlsx => [".xlsx"],
        AttachmentKind.Text => [".txt", ".csv", ".md", ".log"],
    };

    private static AttachmentKind? DetectPackage(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxZipEntries)
            {
                return null;
            }

            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                // A macro-enabled document renamed to .docx/.xlsx: macros are code, not a document.
                return null;
            }

            if (names.Contains("[Content_Types].xml") && names.Contains("word/document.xml"))
            {
                return AttachmentKind.Docx;
            }

            if (names.Contains("[Content_Types].xml") && names.Contains("xl/workbook.xml"))
            {
                return AttachmentKind.Xlsx;
            }

            // GB/T 33190-2016: an OFD package has its entry file OFD.xml at the root.
            return names.Contains("OFD.xml") ? AttachmentKind.Ofd : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>Valid UTF-8 throughout, with no control characters other than tab, line breaks and form feed.</summary>
    private static bool IsUtf8Text(Stream content)
    {
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[bytes.Length + 4];
        try
        {
            int read;
            do
            {
                read = content.Read(bytes);
                var count = decoder.GetChars(bytes, 0, read, chars, 0, flush: read == 0);
                foreach (var c in chars.AsSpan(0, count))
                {
                    if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
                    {
                        return false;
                    }
                }
            }
            while (read > 0);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
