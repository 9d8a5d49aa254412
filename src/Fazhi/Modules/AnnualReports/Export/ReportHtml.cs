using System.Net;
using System.Text;

using Fazhi.Modules.AnnualReports.Figures;
using Fazhi.Modules.AnnualReports.Reports;

namespace Fazhi.Modules.AnnualReports.Export;

/// <summary>
/// The report as HTML: every figure is a link to the registry's records page for its key, the report's region and year,
/// so a reader can see the records behind each number. An unprintable placeholder shows as a red 【reason】.
/// </summary>
public static class ReportHtml
{
    public static string Fragment(RenderedReport report)
    {
        var html = new StringBuilder();
        html.Append("<article class=\"annual-report\">");
        html.Append("<h1 class=\"report-title\">").Append(Segments(report, report.Title)).Append("</h1>");
        html.Append("<p class=\"report-addressee\">").Append(E(report.Report.Addressee)).Append("</p>");
        foreach (var section in report.Sections.Where(s => s.Printed))
        {
            var heading = Segments(report, section.Heading);
            var number = E(section.Number);
            var paragraphs = section.Paragraphs.Select(p => Segments(report, p)).ToList();
            switch (section.Level)
            {
                case 1:
                    html.Append("<h2 class=\"report-h1\">").Append(number).Append(heading).Append("</h2>");
                    break;
                case 2:
                    html.Append("<h3 class=\"report-h2\">").Append(number).Append(heading).Append("</h3>");
                    break;
                case 3:
                    html.Append("<p class=\"report-p\"><strong>").Append(number).Append(heading).Append("。</strong>")
                        .Append(paragraphs.FirstOrDefault() ?? "").Append("</p>");
                    paragraphs = paragraphs.Skip(1).ToList();
                    break;
                default:
                    break;
            }

            foreach (var p in paragraphs)
            {
                html.Append("<p class=\"report-p\">").Append(p).Append("</p>");
            }
        }

        foreach (var signer in report.Signers)
        {
            html.Append("<p class=\"report-sign\">").Append(E(signer)).Append("</p>");
        }

        html.Append("<p class=\"report-sign\">").Append($"{report.Date.Year}年{report.Date.Month}月{report.Date.Day}日").Append("</p>");
        return html.Append("</article>").ToString();
    }

    /// <summary>A standalone page (the HTML download).</summary>
    public static string Document(RenderedReport report) =>
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + E(Narrative.Plain(report.Title)) + "</title><style>"
        + Css + "</style></head><body>" + Fragment(report) + "</body></html>";

    public const string Css =
        ".annual-report{max-width:44em;font-family:'仿宋_GB2312','FangSong',serif;font-size:16pt;line-height:1.8}"
        + ".report-title{font-family:'方正小标宋简体','SimSun',serif;font-size:22pt;text-align:center;font-weight:normal}"
        + ".report-h1{font-family:'黑体','SimHei',sans-serif;font-size:16pt;text-indent:2em;font-weight:normal;margin:0}"
        + ".report-h2{font-family:'楷体_GB2312','KaiTi',serif;font-size:16pt;text-indent:2em;font-weight:normal;margin:0}"
        + ".report-p{text-indent:2em;margin:0;text-align:justify}.report-sign{text-align:right;margin:0 4em 0 0}"
        + "a.figure{color:inherit;text-decoration:underline dotted}.figure-problem{color:#b71c1c;font-weight:bold}";

    private static string Segments(RenderedReport report, IEnumerable<Segment> segments)
    {
        var html = new StringBuilder();
        foreach (var s in segments)
        {
            if (s.Problem is not null)
            {
                html.Append("<span class=\"figure-problem\">【").Append(E(s.Problem)).Append("】</span>");
            }
            else if (s.Key is not null)
            {
                html.Append("<a class=\"figure\" data-key=\"").Append(E(s.Key)).Append("\" href=\"").Append(E(report.RecordsLink(s.Key)))
                    .Append("\" title=\"").Append(E(report.Figures.TryGetValue(s.Key, out var f) ? f.Name + "（点击查看依据记录）" : s.Key)).Append("\">")
                    .Append(E(s.Text)).Append("</a>");
            }
            else
            {
                html.Append(E(s.Text));
            }
        }

        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
