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

    /// <summary>版心 width 156 mm in twips (the margins in whole twips leave 8845, one twip of rounding).</summary>
    public const int TypeAreaWidth = 8844;

    /// <summary>Characters per full body line (GB/T 9704-2012 §5.2.2).</summary>
    public const int CharactersPerLine = 28;

    /// <summary>
    /// The pitch of a body character, 315 twips (15.75 pt): 28 of them (8820) fit the 8845-twip line and 29 (9135) do not,
    /// so a full line holds exactly 28 whatever the justification does with the 25 twips left.
    /// </summary>
    public const int CharacterPitch = TypeAreaWidth / CharactersPerLine;

    /// <summary>
    /// Character spacing (w:spacing, twips) that brings a 3号 character (16 pt = 320 twips) down to <see cref="CharacterPitch"/>:
    /// −5. Why not the document grid's charSpace, which Word reads as "28 characters a line": LibreOffice builds its
    /// character grid from the Normal style's size plus charSpace (writerfilter SectionPropertyMap) and then gives every
    /// glyph wider than a grid cell two cells, so a cell narrower than 16 pt (which 28 characters in 156 mm need) prints
    /// 14 characters a line, and with no Normal style (a 12 pt cell) 18 — the PDF we used to make. Spacing on the run is
    /// honoured alike by Word and LibreOffice, so the grid keeps lines only.
    /// </summary>
    public const int CharacterSpacing = CharacterPitch - BodySize * 10;

    /// <summary>Two characters of the body's pitch (LibreOffice ignores FirstLineChars, so twips): the indented first line
    /// keeps its characters on the columns of the lines below.</summary>
    public const int FirstLineIndent = 2 * CharacterPitch;

    public static byte[] Build(RenderedReport report)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var settings = main.AddNewPart<DocumentSettingsPart>();
            settings.Settings = new Settings(new DefaultTabStop { Val = 420 }, new EvenAndOddHeaders());
            AddStyles(main);

            var odd = main.AddNewPart<FooterPart>();
            odd.Footer = PageNumberFooter(JustificationValues.Right, right: true);
            var even = main.AddNewPart<FooterPart>();
            even.Footer = PageNumberFooter(JustificationValues.Left, right: false);

            var body = new Body();
            foreach (var line in TitleLines.Break(Narrative.Plain(report.Title)))
            {
                body.Append(Paragraph(JustificationValues.Center, 0, Run(line, TitleFont, TitleSize)));
            }

            body.Append(Paragraph(JustificationValues.Left, 0));
            body.Append(Paragraph(JustificationValues.Left, 0, Run(report.Report.Addressee, BodyFont, BodySize)));

            foreach (var section in report.Sections.Where(s => s.Printed))
            {
                AppendSection(body, section);
            }

            // 落款 is never alone on a page (GB/T 9704-2012 §7.3.5): the last lines of the text, the two blank lines and the
            // signers keep with the next paragraph, so a page break before the date takes the text's last line along.
            var signature = new List<Paragraph>();
            if (body.Elements<Paragraph>().LastOrDefault() is { } lastOfText)
            {
                signature.Add(lastOfText);
            }

            signature.Add(body.AppendChild(Paragraph(JustificationValues.Left, 0)));
            signature.Add(body.AppendChild(Paragraph(JustificationValues.Left, 0)));
            foreach (var signer in report.Signers)
            {
                signature.Add(body.AppendChild(Paragraph(JustificationValues.Right, 0, rightIndent: 4 * 320, runs: Run(signer, BodyFont, BodySize))));
            }

            foreach (var paragraph in signature)
            {
                paragraph.ParagraphProperties!.KeepNext = new KeepNext();
            }

            body.Append(Paragraph(JustificationValues.Right, 0, rightIndent: 4 * 320,
                runs: Run(ChineseDate(report.Date), BodyFont, BodySize)));
            AppendColophon(body, report);

            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(odd) },
                new FooterReference { Type = HeaderFooterValues.Even, Id = main.GetIdOfPart(even) },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = MarginTop, Bottom = MarginBottom, Left = MarginLeft, Right = MarginRight, Header = 851, Footer = FooterDistance, Gutter = 0 },
                new DocGrid { Type = DocGridValues.Lines, LinePitch = LinePitch }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    /// <summary>4号 (14 pt) character width in twips: the 版记 is indented one such character on each side.</summary>
    public const int ColophonIndent = 280;

    /// <summary>版记 separator lines in eighths of a point: 首条、末条 0.35 mm (≈1 pt), 中间 0.25 mm (≈0.75 pt).</summary>
    public const int ThickRule = 8;
    public const int ThinRule = 6;

    private static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    /// <summary>
    /// 版记 (GB/T 9704-2012 §7.4; law.md §18.3): 抄送 (when the region names one) and 印发机关 + 印发日期 in 4号仿宋, one character in
    /// from each side, between a thick first and last rule with a thin one between the two lines.
    /// </summary>
    private static void AppendColophon(Body body, RenderedReport report)
    {
        body.Append(Paragraph(JustificationValues.Left, 0));
        var lines = new List<Paragraph>();
        if (report.CopyTo is { Length: > 0 } copyTo)
        {
            lines.Add(ColophonLine(Run("抄送：" + copyTo.TrimEnd('。') + "。", BodyFont, PageNumberSize)));
        }

        lines.Add(ColophonLine(
            Run(report.PrintingOffice, BodyFont, PageNumberSize),
            new Run(new TabChar()),
            Run(ChineseDate(report.Date) + "印发", BodyFont, PageNumberSize)));
        var last = lines[^1];
        // Typed setters keep pPr's schema order (pBdr and tabs come before spacing, ind and jc); tab stops count from the
        // margin, so the date ends one character in from the right edge of the 版心.
        last.ParagraphProperties!.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = TypeAreaWidth - ColophonIndent });

        for (var i = 0; i < lines.Count; i++)
        {
            var borders = new ParagraphBorders();
            if (i == 0)
            {
                borders.Append(new TopBorder { Val = BorderValues.Single, Size = ThickRule, Space = 1 });
            }

            borders.Append(i == lines.Count - 1
                ? new BottomBorder { Val = BorderValues.Single, Size = ThickRule, Space = 1 }
                : new BottomBorder { Val = BorderValues.Single, Size = ThinRule, Space = 1 });
            lines[i].ParagraphProperties!.ParagraphBorders = borders;
            body.Append(lines[i]);
        }
    }

    private static Paragraph ColophonLine(params Run[] runs)
    {
        var paragraph = Paragraph(JustificationValues.Left, 0, runs);
        var indentation = paragraph.ParagraphProperties!.GetFirstChild<Indentation>()!;
        indentation.Left = ColophonIndent.ToString(System.Globalization.CultureInfo.InvariantCulture);
        indentation.Right = ColophonIndent.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return paragraph;
    }

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

        // No widow control (LibreOffice applies it to a docx paragraph that does not say): a page holds 22 lines, not 21
        // when a paragraph's last line would begin the next page.
        var paragraph = new Paragraph(new ParagraphProperties(
            new WidowControl { Val = false },
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

        if (halfPoints == BodySize)
        {
            properties.Append(new Spacing { Val = CharacterSpacing });
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
