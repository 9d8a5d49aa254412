using System.IO.Compression;
using System.Text;

using Fazhi.Platform.Documents;

namespace Fazhi.UnitTests.Platform.Documents;

public sealed class ContentSnifferTests
{
    internal static byte[] Pdf => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");

    internal static byte[] Exe => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    internal static byte[] Zip(params string[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }

        return memory.ToArray();
    }

    private static AttachmentKind? Detect(byte[] bytes) => ContentSniffer.Detect(new MemoryStream(bytes));

    [Fact]
    public void Pdf_IsRecognisedByItsHeader() => Assert.Equal(AttachmentKind.Pdf, Detect(Pdf));

    [Fact]
    public void Png_IsRecognisedBySignature() =>
        Assert.Equal(AttachmentKind.Png, Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]));

    [Fact]
    public void Jpeg_IsRecognisedBySignature() => Assert.Equal(AttachmentKind.Jpeg, Detect([0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46]));

    [Fact]
    public void Docx_IsAZipWithContentTypesAndWordDocument() =>
        Assert.Equal(AttachmentKind.Docx, Detect(Zip("[Content_Types].xml", "_rels/.rels", "word/document.xml")));

    [Fact]
    public void Xlsx_IsAZipWithContentTypesAndWorkbook() =>
        Assert.Equal(AttachmentKind.Xlsx, Detect(Zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml")));

    [Fact]
    public void Ofd_IsAZipWithOfdXmlAtTheRoot() => Assert.Equal(AttachmentKind.Ofd, Detect(Zip("OFD.xml", "Doc_0/Document.xml")));

    [Fact]
    public void MacroEnabledDocument_IsRefused() =>
        Assert.Null(Detect(Zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")));

    [Fact]
    public void OtherZip_IsRefused() => Assert.Null(Detect(Zip("setup.exe", "readme.txt")));

    [Fact]
    public void TruncatedZip_IsRefused() => Assert.Null(Detect(Zip("[Content_Types].xml", "word/document.xml")[..30]));

    [Fact]
    public void Utf8ChineseText_IsText() => Assert.Equal(AttachmentKind.Text, Detect(Encoding.UTF8.GetBytes("关于印发《常平镇法治政府建设实施方案》的通知\r\n\t一、总体要求\n")));

    [Fact]
    public void Utf8TextWithBom_IsText() => Assert.Equal(AttachmentKind.Text, Detect([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("附件清单")]));

    [Fact]
    public void WindowsExecutable_IsRefusedWhateverItsName() => Assert.Null(Detect(Exe));

    [Fact]
    public void GbkText_IsRefusedAsNotUtf8()
    {
        // "法治" in GBK: not valid UTF-8.
        Assert.Null(Detect([0xB7, 0xA8, 0xD6, 0xCE]));
    }

    [Fact]
    public void TextWithControlCharacters_IsRefused() => Assert.Null(Detect(Encoding.UTF8.GetBytes("abc\u0001def")));

    [Fact]
    public void Utf8SplitAcrossReadBuffers_IsStillText()
    {
        // 64 KiB buffer boundary falls inside a 3-byte character.
        var text = new string('a', (64 * 1024) - 1) + "法治政府";
        Assert.Equal(AttachmentKind.Text, Detect(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Empty_IsRefused() => Assert.Null(Detect([]));

    [Fact]
    public void Detect_LeavesStreamAtStart()
    {
        var stream = new MemoryStream(Pdf);
        ContentSniffer.Detect(stream);
        Assert.Equal(0, stream.Position);
    }

    [Theory]
    [InlineData("../../web.config", "web.config")]
    [InlineData("C:\\Users\\张三\\证据材料.pdf", "证据材料.pdf")]
    [InlineData("a\u0000b.pdf", "ab.pdf")]
    [InlineData("", "附件")]
    [InlineData("..", "附件")]
    public void FileName_KeepsOnlyTheLastSegment(string raw, string expected) => Assert.Equal(expected, UploadAttachment.CleanFileName(raw));
}
