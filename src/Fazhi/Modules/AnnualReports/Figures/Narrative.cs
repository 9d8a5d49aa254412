namespace Fazhi.Modules.AnnualReports.Figures;

/// <summary>
/// A piece of rendered narrative: plain text, or a figure (with its key and style, so the HTML view can link it to the
/// registry's records), or a placeholder that could not be printed (<see cref="Problem"/> says why).
/// </summary>
public sealed record Segment(string Text, string? Key = null, FigureStyle Style = FigureStyle.Default, string? Problem = null)
{
    public bool IsFigure => Key is not null && Problem is null;
}

/// <summary>The report's own words a placeholder may ask for: {{year}}, {{next_year}}, {{region}}.</summary>
public sealed record ReportWords(int Year, string RegionName);

/// <summary>Renders narrative text: placeholders become figures; nothing else changes (staff never type a figure).</summary>
public static class Narrative
{
    public static IReadOnlyList<Segment> Render(string? text, IReadOnlyDictionary<string, ReportFigure> figures, ReportWords words)
    {
        text ??= "";
        var segments = new List<Segment>();
        var at = 0;
        foreach (var placeholder in Placeholders.Find(text))
        {
            if (placeholder.Start > at)
            {
                segments.Add(new Segment(text[at..placeholder.Start]));
            }

            segments.Add(RenderOne(placeholder, figures, words));
            at = placeholder.Start + placeholder.Length;
        }

        if (at < text.Length)
        {
            segments.Add(new Segment(text[at..]));
        }

        return segments;
    }

    /// <summary>The rendered text as one string; an unprintable figure shows as 【…】 so no one mistakes it for a number.</summary>
    public static string Plain(IEnumerable<Segment> segments) =>
        string.Concat(segments.Select(s => s.Problem is null ? s.Text : $"【{s.Problem}】"));

    private static Segment RenderOne(FigurePlaceholder placeholder, IReadOnlyDictionary<string, ReportFigure> figures, ReportWords words)
    {
        if (placeholder.IsReportWord)
        {
            return placeholder.Key switch
            {
                Placeholders.Year => new Segment(words.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Placeholders.NextYear => new Segment((words.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Placeholders.RegionName => new Segment(words.RegionName),
                _ => new Segment("", placeholder.Key, placeholder.Style, $"占位符“{placeholder.Key}”无法识别（可用 year、next_year、region 或指标键）"),
            };
        }

        var figure = figures.GetValueOrDefault(placeholder.Key);
        var printed = figure is not null && placeholder.UnknownModifier is null ? Placeholders.Print(placeholder, figure) : null;
        return printed is null
            ? new Segment("", placeholder.Key, placeholder.Style, Placeholders.Problem(placeholder, figure))
            : new Segment(printed, placeholder.Key, placeholder.Style);
    }
}

/// <summary>
/// 默认表述 (the default sentence of each group of figures), as officials write them; the default template uses these and
/// staff may rewrite the words around the placeholders.
/// </summary>
public static class DefaultSentences
{
    /// <summary>"2022年以来，各调解组织共受理调解案件5911宗，成功调解5693宗，调解成功率为96.3%".</summary>
    public static string Mediation(string cases, string succeeded, string rate) =>
        $"{{{{year}}}}年以来，各调解组织共受理调解案件{{{{{cases}}}}}，成功调解{{{{{succeeded}}}}}，调解成功率为{{{{{rate}}}}}";

    public const string LegalityReview =
        "{{year}}年以来，共{{legality_review.documents}}党委政府文件、{{legality_review.contracts}}政府经济合同经法律顾问合法性审查，合同审查{{legality_review.contracts|yoy}}，涉及金额{{legality_review.contracts_amount}}。";

    public const string FairCompetition =
        "强化公平竞争审查制度，对{{fair_competition.reviewed}}政策措施文件进行了公平竞争审查，发现违反公平竞争规则的{{fair_competition.violations}}。";

    public const string NormativeDocuments =
        "{{year}}年{{region}}出台规范性文件{{normative_documents.issued}}，均经合法性审查。";
}
