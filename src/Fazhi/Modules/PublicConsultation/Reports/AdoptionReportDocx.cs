using System.Globalization;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fazhi.Modules.PublicConsultation.Reports;

/// <summary>
/// 意见采纳情况 as a .docx in the GB/T 9704-2012 manner (law.md §18): A4, 37/35/28/26 mm margins, title in 2号小标宋,
/// body 3号仿宋_GB2312 with a 2-character indent, group headings 黑体, a fixed 28.95 pt line pitch.
/// </summary>
public static class AdoptionReportDocx
{
    private const string TitleFont = "方正小标宋简体";
    private const string BodyFont = "仿宋_GB2312";
    private const string HeadingFont = "黑体";
    private const string QuoteFont = "楷体_GB2312";
    private const int TitleSize = 44;
    private const int BodySize = 32;
    private const int LinePitch = 579;
    private const int Indent = 640;

    public static byte[] Build(AdoptionReport report)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph(JustificationValues.Center, 0, Run($"关于《{report.Title}》公开征求意见采纳情况的说明", TitleFont, TitleSize)));
            body.Append(Paragraph(JustificationValues.Left, 0));
            body.Append(Paragraph(JustificationValues.Both, Indent, Run(report.Summary, BodyFont, BodySize)));
            var chapter = 0;
            foreach (var group in report.Groups)
            {
                body.Append(Paragraph(JustificationValues.Left, Indent, Run($"{Chinese(++chapter)}、{group.Label}", HeadingFont, BodySize)));
                foreach (var c in group.Comments)
                {
                    var head = $"{c.Number}.{c.Signature}";
                    if (c.Duplicates > 0)
                    {
                        head += $"（另有{c.Duplicates}条相同意见）";
                    }

                    body.Append(Paragraph(JustificationValues.Both, Indent, Run(head + "：", BodyFont, BodySize, bold: true), Run(c.Body, BodyFont, BodySize)));
                    if (c.Quote is not null)
                    {
                        body.Append(Paragraph(JustificationValues.Both, Indent, Run($"针对原文：“{c.Quote}”", QuoteFont, BodySize)));
                    }

                    var answer = c.Reason is null ? $"处理情况：{c.Answer}。" : $"处理情况：{c.Answer}。理由：{c.Reason}";
                    body.Append(Paragraph(JustificationValues.Both, Indent, Run(answer, BodyFont, BodySize)));
                }
            }

            body.Append(Paragraph(JustificationValues.Left, 0));
            body.Append(Paragraph(JustificationValues.Right, 0, Run(report.OrganizingUnit, BodyFont, BodySize)));
            if (report.PublishedOn is { } on)
            {
                body.Append(Paragraph(JustificationValues.Right, 0, Run($"{on.Year}年{on.Month}月{on.Day}日", BodyFont, BodySize)));
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1587, Right = 1474, Header = 851, Footer = 1304, Gutter = 0 },
                new DocGrid { Type = DocGridValues.Lines, LinePitch = LinePitch }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static string Chinese(int n) =>
        n switch
        {
            <= 10 => "零一二三四五六七八九十"[n].ToString(),
            < 20 => "十" + "零一二三四五六七八九"[n - 10],
            _ => n.ToString(CultureInfo.InvariantCulture),
        };

    private static Paragraph Paragraph(JustificationValues justification, int firstLine, params Run[] runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Line = LinePitch.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
            new Indentation { FirstLine = firstLine.ToString(CultureInfo.InvariantCulture) },
            new Justification { Val = justification }));
        paragraph.Append(runs);
        return paragraph;
    }

    private static Run Run(string text, string font, int halfPoints, bool bold = false)
    {
        var properties = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = font, Hint = FontTypeHintValues.EastAsia });
        if (bold)
        {
            properties.Append(new Bold());
        }

        properties.Append(new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}
