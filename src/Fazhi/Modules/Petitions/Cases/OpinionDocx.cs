using System.Globalization;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

using Fazhi.Modules.Petitions.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Validation;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Petitions.Cases;

/// <summary>
/// 信访处理意见书 (条例第三十二条: 信访人的请求、事实、处理意见及其依据) as a .docx in the GB/T 9704-2012 manner (law.md
/// §18): A4, 37/35/28/26 mm margins, title 2号小标宋, body 3号仿宋_GB2312 with a 2-character indent, headings 黑体,
/// 28.95 pt line pitch. The petitioner's name is masked (张*) as everywhere; the clerk adds it on the paper copy.
/// </summary>
public sealed class OpinionDocx(AppDbContext db)
{
    private const string TitleFont = "方正小标宋简体";
    private const string BodyFont = "仿宋_GB2312";
    private const string HeadingFont = "黑体";
    private const int TitleSize = 44;
    private const int BodySize = 32;
    private const int LinePitch = 579;
    private const int Indent = 640;

    public async Task<(byte[] Bytes, string FileName)> BuildAsync(Guid id, CancellationToken ct)
    {
        var p = await db.Set<Petition>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new RecordNotFoundException("没有该信访事项");
        if (p.AnsweredOn is not { } answered)
        {
            throw new DomainRuleException("尚未出具信访处理意见书", Basis.Opinion);
        }

        return (Build(p, answered), $"信访处理意见书（{p.OpinionNumber}）.docx");
    }

    public static byte[] Build(Petition p, DateOnly answered)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph(JustificationValues.Center, 0, Run("信访事项处理意见书", TitleFont, TitleSize)));
            body.Append(Paragraph(JustificationValues.Right, 0, Run(p.OpinionNumber ?? "", BodyFont, BodySize)));
            body.Append(Paragraph(JustificationValues.Left, 0, Run($"{Masking.PersonName(p.PetitionerName)}：", BodyFont, BodySize)));
            body.Append(Paragraph(JustificationValues.Both, Indent, Run(
                $"你（你们）于{Date(p.ReceivedOn)}通过{Names.Of(p.Channel)}方式提出的信访事项（{p.Number}），本机关于{(p.AcceptedOn is { } a ? Date(a) : "")}依法受理。现将处理意见告知如下：", BodyFont, BodySize)));
            var n = 0;
            foreach (var (heading, text) in new[]
            {
                ("信访请求", $"{p.Matter}。{p.Content}"),
                ("查明的事实", p.Facts ?? ""),
                ("处理意见", $"{Names.Of(p.Outcome)}。{p.Opinion}"),
                ("处理依据", p.OpinionBasis ?? ""),
            })
            {
                body.Append(Paragraph(JustificationValues.Left, Indent, Run($"{"一二三四"[n++]}、{heading}", HeadingFont, BodySize)));
                body.Append(Paragraph(JustificationValues.Both, Indent, Run(text, BodyFont, BodySize)));
            }

            body.Append(Paragraph(JustificationValues.Both, Indent, Run(
                "如对本处理意见不服，可以自收到本意见书之日起30日内请求原办理机关的上一级机关复查（《信访工作条例》第三十五条）。", BodyFont, BodySize)));
            body.Append(Paragraph(JustificationValues.Left, 0));
            body.Append(Paragraph(JustificationValues.Right, 0, Run(p.HandlingUnit ?? "", BodyFont, BodySize)));
            body.Append(Paragraph(JustificationValues.Right, 0, Run(Date(answered), BodyFont, BodySize)));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1587, Right = 1474, Header = 851, Footer = 1304, Gutter = 0 },
                new DocGrid { Type = DocGridValues.Lines, LinePitch = LinePitch }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static string Date(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";

    private static Paragraph Paragraph(JustificationValues justification, int firstLine, params Run[] runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Line = LinePitch.ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
            new Indentation { FirstLine = firstLine.ToString(CultureInfo.InvariantCulture) },
            new Justification { Val = justification }));
        paragraph.Append(runs);
        return paragraph;
    }

    private static Run Run(string text, string font, int halfPoints) =>
        new(new RunProperties(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = font, Hint = FontTypeHintValues.EastAsia },
                new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) }),
            new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
