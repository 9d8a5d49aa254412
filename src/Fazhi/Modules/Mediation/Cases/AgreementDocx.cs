using System.Globalization;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Fazhi.Modules.Mediation.Cases;

/// <summary>
/// 人民调解协议书 (.docx) with the statutory contents of 人民调解法第二十九条: (一) 当事人的基本情况; (二) 纠纷的主要事实、争议事项;
/// (三) 当事人达成调解协议的内容，履行的方式、期限; signature lines for every party and the mediator, the committee's seal, three
/// copies. ID numbers and phones are printed masked, as everywhere else.
/// </summary>
public static class AgreementDocx
{
    private const string TitleFont = "方正小标宋简体";
    private const string BodyFont = "仿宋_GB2312";
    private const string HeadingFont = "黑体";
    private const int TitleSize = 44;
    private const int BodySize = 32;
    private const int LinePitch = 579;
    private const int Indent = 640;

    public static byte[] Build(CaseView c)
    {
        ArgumentNullException.ThrowIfNull(c);
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph(JustificationValues.Center, 0, Run("人民调解协议书", TitleFont, TitleSize)));
            body.Append(Paragraph(JustificationValues.Right, 0, Run($"编号：{c.Number}", BodyFont, BodySize)));
            body.Append(Paragraph(JustificationValues.Left, 0, Run("一、当事人的基本情况", HeadingFont, BodySize)));
            foreach (var p in c.Parties)
            {
                var details = string.Join("，", new[] { p.IdNumber is null ? null : $"公民身份号码{p.IdNumber}", p.Phone is null ? null : $"联系电话{p.Phone}" }.Where(x => x is not null));
                body.Append(Paragraph(JustificationValues.Both, Indent, Run($"{p.Role}：{p.Name}{(details.Length > 0 ? "，" + details : "")}。", BodyFont, BodySize)));
            }

            body.Append(Paragraph(JustificationValues.Left, 0, Run("二、纠纷的主要事实、争议事项", HeadingFont, BodySize)));
            body.Append(Paragraph(JustificationValues.Both, Indent, Run(c.Facts, BodyFont, BodySize)));
            body.Append(Paragraph(JustificationValues.Left, 0, Run("三、当事人达成调解协议的内容，履行的方式、期限", HeadingFont, BodySize)));
            body.Append(Paragraph(JustificationValues.Both, Indent, Run(c.Obligations ?? "", BodyFont, BodySize)));
            if (c.AmountFen > 0)
            {
                body.Append(Paragraph(JustificationValues.Both, Indent, Run($"协议涉及金额人民币{(c.AmountFen / 100m).ToString("0.00", CultureInfo.InvariantCulture)}元。", BodyFont, BodySize)));
            }

            body.Append(Paragraph(JustificationValues.Both, Indent, Run($"履行方式、期限：{c.PerformanceTerms}", BodyFont, BodySize)));
            body.Append(Paragraph(JustificationValues.Both, Indent, Run(
                "本协议书自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。本协议书一式三份，当事人、人民调解委员会各执一份。" +
                "经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。",
                BodyFont, BodySize)));
            body.Append(Paragraph(JustificationValues.Left, 0));
            foreach (var p in c.Parties)
            {
                body.Append(Paragraph(JustificationValues.Left, Indent, Run($"{p.Role}（签名、盖章或按指印）：", BodyFont, BodySize)));
            }

            body.Append(Paragraph(JustificationValues.Left, Indent, Run("人民调解员（签名）：", BodyFont, BodySize)));
            body.Append(Paragraph(JustificationValues.Left, 0));
            body.Append(Paragraph(JustificationValues.Right, 0, Run($"{c.CommitteeName}（印章）", BodyFont, BodySize)));
            if (c.AgreedOn is { } on)
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
