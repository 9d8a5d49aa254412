using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

using Fazhi.Modules.AnnualReports.Figures;
using Fazhi.Modules.AnnualReports.Reports;

namespace Fazhi.Modules.AnnualReports.Export;

/// <summary>
/// The report as a .docx in the GB/T 9704-2012 format (law.md §18): A4, margins 37/35/28/26 mm, 22 lines of 28
/// characters, title 2号方正小标宋简体, body 3号仿宋_GB2312 with a 2-character first-line indent, headings 黑体 / 楷体_GB2312 /
/// 仿宋_GB2312 bold, page numbers "— N —" in 4号宋体, odd pages right and even pages left.
/// </summary>
public static class ReportDocx
{
    public const string TitleFont = "方正小标宋简体";
    public const string BodyFont = "仿宋_GB2312";
    public const string Level1Font = "黑体";
    public const string Level2Font = "楷体_GB2312";
    public const string PageNumberFont = "宋体";
    public const string LatinFont = "Times New Roman";

    /// <summary>A4 in twips (1 mm = 56.7 twips).</summary>
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int MarginTop = 2098;
    public const int MarginBottom = 1984;
    public const int MarginLeft = 1587;
    public const int MarginRight = 1474;

    /// <summary>Footer 23 mm above the page edge puts the 一字线 about 7 mm below the 版心 (law.md §18.3, derived).</summary>
    public const int FooterDistance = 1304;

    /// <summary>版心 225 mm / 22 lines = 28.95 pt per line.</summary>
    public const int LinePitch = 579;

    /// <summary>Half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt.</summary>
    public const int TitleSize = 44;
    public const int BodySize = 32;
    public const int PageNumberSize = 28;

    /// <summary>Two characters of 3号 (16 pt = 320 twips each): LibreOffice ignores FirstLineChars, so twips.</summary>
    public const int FirstLineIndent = 640;

    /// <summary>
    /// docGrid charSpace: the extra pitch per character in 1/4096 pt over the 16 pt default, so 28 characters fill the
    /// 156 mm (8844 twips) 版心: (8844 / 28 / 20 − 16) × 4096.
    /// </summary>
    public static readonly int CharSpace = (int)Math.Round((TypeAreaWidth / 28m / 20m - 16m) * 4096m, MidpointRounding.AwayFromZero);

    /// <summary>版心 width 156 mm in twips (the margins in whole twips leave 8845, one twip of rounding).</summary>
    public const int TypeAreaWidth = 8844;

    public static byte[] Build(RenderedReport report)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var settings = main.AddNewPart<DocumentSettingsPart>();
            settings.Settings = new Settings(new EvenAndOddHeaders(), new DefaultTabStop { Val = 420 });
            AddStyles(main);

            var odd = main.AddNewPart<FooterPart>();
            odd.Footer = PageNumberFooter(JustificationValues.Right, right: true);
            var even = main.AddNewPart<FooterPart>();
            even.Footer = PageNumberFooter(JustificationValues.Left, right: false);

            var body = new Body();
            // 标题 in 梯形 lines (longer first), each line its own centred paragraph so LibreOffice and Word break alike.
            foreach (var line in TitleLines.Split(Narrative.Plain(report.Title)))
            {
                body.Append(Paragraph(JustificationValues.Center, 0, Run(line, TitleFont, TitleSize)));
            }

            body.Append(Paragraph(JustificationValues.Left, 0));
            body.Append(Paragraph(JustificationValues.Left, 0, Run(report.Report.Addressee, BodyFont, BodySize)));

            foreach (var section in report.Sections)
            {
                AppendSection(body, section);
            }

            body.Append(Paragraph(JustificationValues.Left, 0));
            body.Append(Paragraph(JustificationValues.Left, 0));
            foreach (var signer in report.Signers)
            {
                body.Append(Paragraph(JustificationValues.Right, 0, rightIndent: 4 * 320, runs: Run(signer, BodyFont, BodySize)));
            }

            body.Append(Paragraph(JustificationValues.Right, 0, rightIndent: 4 * 320,
                runs: Run($"{report.Date.Year}年{report.Date.Month}月{report.Date.Day}日", BodyFont, BodySize)));
            AppendRecordNotes(body, report);

            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(odd) },
                new FooterReference { Type = HeaderFooterValues.Even, Id = main.GetIdOfPart(even) },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 851, Footer = FooterDistance, Gutter = 0 },
                new DocGrid { Type = DocGridValues.LinesAndChars, LinePitch = LinePitch, CharacterSpace = CharSpace }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>版记 rules, in eighths of a point: first and last 0.35 mm (≈1 pt), between them 0.25 mm (≈0.75 pt).</summary>
    public const int ThickRule = 8;
    public const int ThinRule = 6;

    /// <summary>4号 character width (14 pt) in twips: the 版记's one-character indents.</summary>
    public const int RecordNoteIndent = 280;

    /// <summary>
    /// 版记 (GB/T 9704-2012 §7.4, law.md §18.3) after the date: 抄送 (4号仿宋, indented one character each side, ending
    /// "。") and 印发机关 with 印发日期 ("…印发", date one character from the right), between rules the width of the 版心 —
    /// thick above the first and below the last, thin between.
    /// </summary>
    private static void AppendRecordNotes(Body body, RenderedReport report)
    {
        body.Append(Paragraph(JustificationValues.Left, 0));
        var date = $"{report.Date.Year}年{report.Date.Month}月{report.Date.Day}日印发";
        var printed = RecordNote(new ParagraphBorders(), JustificationValues.Left,
            new Run(new TabChar()), Run(report.Printer ?? $"{report.RegionName}党政办公室", BodyFont, PageNumberSize), new Run(new TabChar()), Run(date, BodyFont, PageNumberSize));
        if (report.CopyTo is { Length: > 0 } copyTo)
        {
            var text = "抄送：" + copyTo.TrimEnd('。', '，', '、') + "。";
            body.Append(RecordNote(new ParagraphBorders(Border<TopBorder>(ThickRule), Border<BottomBorder>(ThinRule)), JustificationValues.Left,
                new Run(new TabChar()), Run(text, BodyFont, PageNumberSize)));
            printed.ParagraphProperties!.ParagraphBorders!.Append(Border<BottomBorder>(ThickRule));
        }
        else
        {
            printed.ParagraphProperties!.ParagraphBorders!.Append(Border<TopBorder>(ThickRule), Border<BottomBorder>(ThickRule));
        }

        body.Append(printed);
    }

    /// <summary>
    /// A 版记 line: no paragraph indent, so its rules span the whole 版心; the one-character indents are tab stops (left at
    /// one character, right at one character from the right edge).
    /// </summary>
    private static Paragraph RecordNote(ParagraphBorders borders, JustificationValues justification, params Run[] runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            borders,
            new Tabs(
                new TabStop { Val = TabStopValues.Left, Position = RecordNoteIndent },
                new TabStop { Val = TabStopValues.Right, Position = TypeAreaWidth - RecordNoteIndent }),
            new SpacingBetweenLines { Line = LinePitch.ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
            new Indentation { Left = "0", Right = "0", FirstLine = "0" },
            new Justification { Val = justification }));
        paragraph.Append(runs);
        return paragraph;
    }

    private static T Border<T>(int size)
        where T : BorderType, new() => new() { Val = BorderValues.Single, Size = (uint)size, Space = 1, Color = "000000" };

    private static void AppendSection(Body body, RenderedSection section)
    {
        var heading = (section.Number + Narrative.Plain(section.Heading)).Trim();
        var paragraphs = section.Paragraphs.Select(Narrative.Plain).ToList();
        switch (section.Level)
        {
            case 1:
                body.Append(Paragraph(JustificationValues.Left, FirstLineIndent, Run(heading, Level1Font, BodySize)));
                break;
            case 2:
                body.Append(Paragraph(JustificationValues.Left, FirstLineIndent, Run(heading, Level2Font, BodySize)));
                break;
            case 3:
                // A 3rd-level heading runs into its first paragraph, as in the seed ("1.深入学习习近平法治思想。党的……").
                var runIn = heading.EndsWith('。') ? heading : heading + "。";
                var first = paragraphs.Count > 0 ? paragraphs[0] : "";
                body.Append(Paragraph(JustificationValues.Both, FirstLineIndent, Run(runIn, BodyFont, BodySize, bold: true), Run(first, BodyFont, BodySize)));
                paragraphs = paragraphs.Skip(1).ToList();
                break;
            default:
                break;
        }

        foreach (var text in paragraphs)
        {
            body.Append(Paragraph(JustificationValues.Both, FirstLineIndent, Run(text, BodyFont, BodySize)));
        }
    }

    private static Paragraph Paragraph(JustificationValues justification, int firstLine, params Run[] runs) =>
        Paragraph(justification, firstLine, 0, runs);

    private static Paragraph Paragraph(JustificationValues justification, int firstLine, int rightIndent, params Run[] runs)
    {
        var indentation = new Indentation { FirstLine = firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (rightIndent > 0)
        {
            indentation.Right = rightIndent.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Line = LinePitch.ToString(System.Globalization.CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
            indentation,
            new Justification { Val = justification }));
        paragraph.Append(runs);
        return paragraph;
    }

    private static Run Run(string text, string font, int halfPoints, bool bold = false)
    {
        var properties = new RunProperties(new RunFonts { Ascii = font == BodyFont ? LatinFont : font, HighAnsi = font == BodyFont ? LatinFont : font, EastAsia = font, Hint = FontTypeHintValues.EastAsia });
        if (bold)
        {
            properties.Append(new Bold());
        }

        properties.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        properties.Append(new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>"— N —" in 4号宋体, one 4号 character (280 twips) in from the outer edge of the 版心.</summary>
    private static Footer PageNumberFooter(JustificationValues justification, bool right)
    {
        var indentation = right ? new Indentation { Right = "280" } : new Indentation { Left = "280" };
        static RunProperties Props() => new(new RunFonts { Ascii = PageNumberFont, HighAnsi = PageNumberFont, EastAsia = PageNumberFont }, new FontSize { Val = PageNumberSize.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Footer(new Paragraph(
            new ParagraphProperties(indentation, new Justification { Val = justification }),
            new Run(Props(), new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(Props(), new Text("1"))) { Instruction = " PAGE " },
            new Run(Props(), new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = BodyFont },
                new FontSize { Val = BodySize.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new Languages { EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault()));
    }
}
