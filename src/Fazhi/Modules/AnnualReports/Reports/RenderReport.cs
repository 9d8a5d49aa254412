using System.Globalization;
using System.Text.Json;

using Fazhi.Modules.AnnualReports.Checks;
using Fazhi.Modules.AnnualReports.Domain;
using Fazhi.Modules.AnnualReports.Figures;
using Fazhi.Platform.Data;
using Fazhi.Platform.Metrics;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Regions;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.AnnualReports.Reports;

/// <summary>A section as printed: its number ("一、", "（一）", "1."), heading and paragraphs with figures filled in.</summary>
public sealed record RenderedSection(
    Guid Id, string Key, int Level, string Number, IReadOnlyList<Segment> Heading, IReadOnlyList<IReadOnlyList<Segment>> Paragraphs,
    bool Required, string? Guidance, string RawHeading, string RawText)
{
    /// <summary>False for a section the exports leave out (<see cref="SectionNumbers.Printed"/>); it has no number.</summary>
    public bool Printed { get; init; } = true;
}

/// <summary>The report as it would be printed today, with the figures it used and the consistency check results.</summary>
public sealed record RenderedReport(
    AnnualReport Report, string RegionName, IReadOnlyList<Segment> Title, IReadOnlyList<RenderedSection> Sections,
    IReadOnlyDictionary<string, ReportFigure> Figures, IReadOnlyList<ConsistencyIssue> Issues, IReadOnlyList<string> Signers, DateOnly Date)
{
    /// <summary>Printed from the figures stored at submission (已报送 and after), not from today's records.</summary>
    public DateTime? SnapshotTakenAt { get; init; }

    /// <summary>版记·抄送 (the region's report setting), or null for none.</summary>
    public string? CopyTo { get; init; }

    /// <summary>版记·印发机关: the office that prints the joint report of the Party committee and the government (<see cref="IssuingOrgans"/>).</summary>
    public string PrintingOffice { get; init; } = $"{RegionName}党政办公室";

    /// <summary>Where a figure's records are listed (the registry's records page for the report's region and year).</summary>
    public string RecordsLink(string key) =>
        $"/metrics/records?key={Uri.EscapeDataString(key)}&region={Report.RegionCode}&year={Report.Year}";
}

/// <summary>A figure whose value today differs from the one submitted (a record entered or back-dated since).</summary>
public sealed record FigureChange(string Key, string Name, string Submitted, string Live);

/// <summary>
/// 生成报告 (render): every placeholder of the report is evaluated through the metrics registry by key (never through a
/// module) for the report's region subtree and year, together with the figures its template cites (so a number typed
/// over a placeholder is still compared); a submitted report prints the figures stored at submission instead. Zero
/// clauses are worded by <see cref="ZeroClauses"/> before printing and checking.
/// </summary>
public sealed class RenderReport(AppDbContext db, EvaluateMetric evaluate, MetricCatalog catalog, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<RenderedReport> ExecuteAsync(AnnualReport report, CancellationToken ct, bool withRecords = false)
    {
        var region = await db.Set<Region>().AsNoTracking().FirstOrDefaultAsync(r => r.Code == report.RegionCode, ct);
        var regionName = region?.Name ?? report.RegionCode;
        var snapshot = report.Status is AnnualReportStatus.Submitted or AnnualReportStatus.Cleared or AnnualReportStatus.Published
            ? await db.Set<AnnualReportSnapshot>().AsNoTracking().FirstOrDefaultAsync(s => s.ReportId == report.Id, ct)
            : null;
        var figures = snapshot is null ? await LiveFiguresAsync(report, withRecords, ct) : Stored(snapshot);
        var sections = report.Sections.OrderBy(s => s.Order).ToList();

        var organs = IssuingOrgans.Of(regionName, region?.Level ?? RegionLevel.Town) ?? IssuingOrgans.Of(regionName, RegionLevel.Town)!;
        var words = new ReportWords(report.Year, regionName, organs);
        var numbers = new SectionNumbers();
        var texts = sections.Select(s => ZeroClauses.Apply(s.Text, figures)).ToList();
        var printed = SectionNumbers.Printed(sections.Select((s, i) => (s.Level, s.Heading, texts[i], s.Required)).ToList());
        var rendered = sections.Select((s, i) => new RenderedSection(
            s.Id, s.Key, s.Level, printed[i] ? numbers.Next(s.Level) : "", Narrative.Render(s.Heading, figures, words),
            texts[i].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => Narrative.Render(p, figures, words)).ToList(),
            s.Required, s.Guidance, s.Heading, s.Text)
        { Printed = printed[i] }).ToList();
        var accepted = await db.Set<ReportIssueAcceptance>().AsNoTracking().Where(a => a.ReportId == report.Id)
            .ToDictionaryAsync(a => a.Fingerprint, a => a.Reason, ct);
        var issues = ConsistencyChecks.Run(
            rendered.Select((s, i) => new CheckedSection(s.Id, (s.Number + Narrative.Plain(s.Heading)).Trim() is { Length: > 0 } t ? t : "开头", texts[i], s.Required) { Written = s.RawText }),
            figures)
            .Select(i => accepted.TryGetValue(i.Fingerprint, out var reason) && i.NeedsConfirmation ? i with { AcceptedReason = reason } : i)
            .ToList();

        var date = await ApprovedOnAsync(report, ct) ?? LegalDate.Today(clock);
        var setting = await db.Set<AnnualReportSetting>().AsNoTracking().FirstOrDefaultAsync(s => s.RegionCode == report.RegionCode, ct);
        return new RenderedReport(report, regionName, Narrative.Render(report.Title, figures, words), rendered, figures, issues,
            [organs.PartyCommittee, organs.Government], date)
        {
            CopyTo = setting?.CopyTo,
            SnapshotTakenAt = snapshot?.TakenAt,
            PrintingOffice = organs.PrintingOffice,
        };
    }

    /// <summary>The figures of the report and of its template from today's records.</summary>
    public async Task<Dictionary<string, ReportFigure>> LiveFiguresAsync(AnnualReport report, bool withRecords, CancellationToken ct)
    {
        var template = ReportTemplate.All.FirstOrDefault(t => t.Key == report.TemplateKey && t.Version == report.TemplateVersion);
        var keys = report.Sections.SelectMany(s => s.Placeholders()).Concat(Placeholders.Find(report.Title))
            .Concat(template?.Sections.SelectMany(s => Placeholders.Find(s.Text)) ?? [])
            .Where(p => !p.IsReportWord).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToList();

        var figures = new Dictionary<string, ReportFigure>(StringComparer.Ordinal);
        var year = report.Year.ToString(CultureInfo.InvariantCulture);
        foreach (var key in keys.Where(k => catalog.Find(k) is not null))
        {
            // The report's region is in the caller's subtree (it was read through the region filter), so pass it as both.
            var (f, records) = await evaluate.FigureWithRecordsAsync(key, report.RegionCode, year, report.RegionCode, ct);
            figures[key] = new ReportFigure(f.Key, f.Name, f.Unit, f.YoyKind == "percentagePoints", f.Value, f.Previous, f.Yoy, f.Numerator, f.Denominator)
            {
                Records = withRecords ? records.Select(r => r.Type + ":" + r.Id).ToList() : null,
            };
        }

        return figures;
    }

    /// <summary>报送快照: the figures with their records and the text, as submitted.</summary>
    public AnnualReportSnapshot Snapshot(RenderedReport rendered, DateOnly submittedOn) =>
        new(rendered.Report, submittedOn, rendered.RegionName, JsonSerializer.Serialize(new SnapshotContent(
            rendered.Report.Sections.OrderBy(s => s.Order).Select(s => new SnapshotSection(s.Id, s.Heading, s.Text)).ToList(),
            rendered.Figures.Values.OrderBy(f => f.Key, StringComparer.Ordinal).ToList()), Json), clock.GetUtcNow().UtcDateTime);

    /// <summary>Figures of a submitted report whose value from today's records differs from the one it was submitted with.</summary>
    public async Task<IReadOnlyList<FigureChange>> ChangesSinceSubmissionAsync(RenderedReport rendered, CancellationToken ct)
    {
        if (rendered.SnapshotTakenAt is null)
        {
            return [];
        }

        var live = await LiveFiguresAsync(rendered.Report, false, ct);
        return rendered.Figures.Values
            .Where(f => live.TryGetValue(f.Key, out var now) && (now.Value != f.Value || now.Previous != f.Previous))
            .Select(f => new FigureChange(f.Key, f.Name, Show(f.Value, f.Unit), Show(live[f.Key].Value, f.Unit)))
            .ToList();
    }

    private static string Show(decimal? value, string unit) => value is { } v ? FigureFormat.Value(v, unit) : "无数据";

    private static Dictionary<string, ReportFigure> Stored(AnnualReportSnapshot snapshot) =>
        (JsonSerializer.Deserialize<SnapshotContent>(snapshot.Content, Json)?.Figures ?? [])
            .ToDictionary(f => f.Key, StringComparer.Ordinal);

    private sealed record SnapshotSection(Guid Id, string Heading, string Text);

    private sealed record SnapshotContent(IReadOnlyList<SnapshotSection> Sections, IReadOnlyList<ReportFigure> Figures);

    /// <summary>
    /// 成文日期 is the day the report was 审定 (the latest approve step: a report returned and approved again is dated by
    /// the second approval); a report not approved (a draft, or returned) is previewed with today's date.
    /// </summary>
    private async Task<DateOnly?> ApprovedOnAsync(AnnualReport report, CancellationToken ct)
    {
        if (report.Status is AnnualReportStatus.Draft or AnnualReportStatus.Reviewed)
        {
            return null;
        }

        return await db.Set<ProcedureStep>().AsNoTracking()
            .Where(s => s.InstanceId == report.ProcedureInstanceId && s.ActionKey == AnnualReportProcedure.ApproveAction)
            .OrderByDescending(s => s.Sequence).Select(s => (DateOnly?)s.On).FirstOrDefaultAsync(ct);
    }
}

/// <summary>正文结构层次编号: 一、 → （一） → 1. (GB/T 9704-2012); a higher level restarts the lower ones.</summary>
public sealed class SectionNumbers
{
    private readonly int[] _counters = new int[4];

    public string Next(int level)
    {
        if (level is < 1 or > 3)
        {
            return "";
        }

        _counters[level]++;
        for (var lower = level + 1; lower < _counters.Length; lower++)
        {
            _counters[lower] = 0;
        }

        return level switch
        {
            1 => Chinese(_counters[1]) + "、",
            2 => "（" + Chinese(_counters[2]) + "）",
            _ => _counters[3].ToString(CultureInfo.InvariantCulture) + ".",
        };
    }

    /// <summary>
    /// Which sections print: one with no text is left out (no heading, no number) when its heading is empty too, or when it
    /// is optional and no printed subsection follows it — "（五）其他工作情况" with nothing under it; "一、主要举措和成效" whose
    /// own text is empty prints because its subsections do. A required empty section prints (the checks block it anyway).
    /// </summary>
    public static bool[] Printed(IReadOnlyList<(int Level, string Heading, string Text, bool Required)> sections)
    {
        var printed = new bool[sections.Count];
        for (var i = sections.Count - 1; i >= 0; i--)
        {
            var (level, heading, text, required) = sections[i];
            var printedBelow = false;
            for (var j = i + 1; j < sections.Count && sections[j].Level > level; j++)
            {
                printedBelow |= printed[j];
            }

            printed[i] = !string.IsNullOrWhiteSpace(text)
                || (!string.IsNullOrWhiteSpace(heading) && (required || printedBelow));
        }

        return printed;
    }

    public static string Chinese(int n)
    {
        const string digits = "零一二三四五六七八九";
        return n switch
        {
            < 10 => digits[n].ToString(),
            10 => "十",
            < 20 => "十" + digits[n % 10],
            < 100 => digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10].ToString()),
            _ => n.ToString(CultureInfo.InvariantCulture),
        };
    }
}
