using System.ComponentModel.DataAnnotations;

using Fazhi.Modules.AnnualReports.Figures;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.AnnualReports.Domain;

/// <summary>年度报告状态 (status), mirroring the procedure instance's state.</summary>
public enum AnnualReportStatus
{
    [Display(Name = "起草中")] Draft,
    [Display(Name = "已审核")] Reviewed,
    [Display(Name = "已审定")] Approved,
    [Display(Name = "已报送")] Submitted,
    [Display(Name = "已保密审查")] Cleared,
    [Display(Name = "已公开")] Published,
}

/// <summary>
/// 法治政府建设年度报告 (annual report on building a rule-of-law government): one per region and year, written from a
/// versioned template. Staff edit the narrative of its sections; every figure is a placeholder the registry computes.
/// </summary>
public sealed class AnnualReport : IRegionScoped
{
    public const int MaxTitle = 200;
    public const int MaxAddressee = 100;

    private AnnualReport()
    {
    }

    private AnnualReport(string regionCode, int year, ReportTemplate template, string title, string addressee, DateTime now)
    {
        RegionCode = regionCode;
        Year = year;
        TemplateKey = template.Key;
        TemplateVersion = template.Version;
        Title = title;
        Addressee = addressee;
        Status = AnnualReportStatus.Draft;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>The year reported on (the report is written early the next year).</summary>
    public int Year { get; private set; }

    public string TemplateKey { get; private set; } = "";

    public int TemplateVersion { get; private set; }

    /// <summary>标题 (may hold {{region}}/{{year}}).</summary>
    public string Title { get; private set; } = "";

    /// <summary>主送机关, e.g. "市委、市政府：".</summary>
    public string Addressee { get; private set; } = "";

    public AnnualReportStatus Status { get; private set; }

    public Guid ProcedureInstanceId { get; private set; }

    public DateOnly? SubmittedOn { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public List<ReportSection> Sections { get; private set; } = [];

    /// <summary>A new draft with the template's sections (their default narrative; placeholders, no figures).</summary>
    public static AnnualReport Create(string regionCode, int year, ReportTemplate template, string addressee, DateTime now)
    {
        var report = new AnnualReport(regionCode, year, template, template.Title, addressee, now);
        var order = 0;
        foreach (var section in template.Sections)
        {
            report.Sections.Add(new ReportSection(report, ++order, section));
        }

        return report;
    }

    public void AttachProcedure(Guid instanceId) => ProcedureInstanceId = instanceId;

    /// <summary>Changes the narrative of one section; only a draft may change (a reviewed text is what was reviewed).</summary>
    public ReportSection EditSection(Guid sectionId, string? heading, string? text, DateTime now)
    {
        EnsureDraft();
        var section = Sections.FirstOrDefault(s => s.Id == sectionId) ?? throw new RecordNotFoundException("章节不存在");
        section.Change(heading, text);
        UpdatedAt = now;
        return section;
    }

    public void EditHeading(string? title, string? addressee, DateTime now)
    {
        EnsureDraft();
        var errors = new Dictionary<string, string[]>();
        if (title is not null && (string.IsNullOrWhiteSpace(title) || title.Length > MaxTitle))
        {
            errors["title"] = [$"标题不能为空，且不超过{MaxTitle}字"];
        }

        if (addressee is not null && (string.IsNullOrWhiteSpace(addressee) || addressee.Length > MaxAddressee))
        {
            errors["addressee"] = [$"主送机关不能为空，且不超过{MaxAddressee}字"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        Title = title?.Trim() ?? Title;
        Addressee = addressee is null ? Addressee : WithColon(addressee.Trim());
        UpdatedAt = now;
    }

    /// <summary>Follows the procedure instance after a step, recording the legal dates of submission and publication.</summary>
    public void MoveTo(string state, DateOnly on, DateTime now)
    {
        Status = ParseState(state);
        SubmittedOn = Status == AnnualReportStatus.Submitted ? on : Status == AnnualReportStatus.Draft ? null : SubmittedOn;
        PublishedOn = Status == AnnualReportStatus.Published ? on : PublishedOn;
        UpdatedAt = now;
    }

    public static AnnualReportStatus ParseState(string state) => state switch
    {
        AnnualReportProcedure.Draft => AnnualReportStatus.Draft,
        AnnualReportProcedure.Reviewed => AnnualReportStatus.Reviewed,
        AnnualReportProcedure.Approved => AnnualReportStatus.Approved,
        AnnualReportProcedure.Submitted => AnnualReportStatus.Submitted,
        AnnualReportProcedure.Cleared => AnnualReportStatus.Cleared,
        AnnualReportProcedure.Published => AnnualReportStatus.Published,
        _ => throw new InvalidOperationException($"未知的年度报告状态 {state}"),
    };

    /// <summary>The salutation ends with a full-width colon (GB/T 9704-2012 主送机关).</summary>
    public static string WithColon(string addressee) =>
        addressee.TrimEnd(':', '：') + "：";

    private void EnsureDraft()
    {
        if (Status != AnnualReportStatus.Draft)
        {
            throw new DomainRuleException("报告已进入审核、审定或报送环节，不能再修改；如需修改，请先退回起草",
                "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）：年度报告经审定后报送");
        }
    }
}

/// <summary>报告章节 (report section): a heading and its narrative, in template order.</summary>
public sealed class ReportSection : IRegionScoped
{
    public const int MaxHeading = 200;
    public const int MaxText = 20_000;

    private ReportSection()
    {
    }

    internal ReportSection(AnnualReport report, int order, TemplateSection template)
    {
        ReportId = report.Id;
        RegionCode = report.RegionCode;
        Order = order;
        Key = template.Key;
        Level = template.Level;
        Heading = template.Heading;
        Text = template.Text;
        Required = template.Required;
        Guidance = template.Guidance;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ReportId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public int Order { get; private set; }

    /// <summary>The template section's key (stable across versions of the text).</summary>
    public string Key { get; private set; } = "";

    /// <summary>0 opening paragraph, 1 "一、", 2 "（一）", 3 "1.".</summary>
    public int Level { get; private set; }

    public string Heading { get; private set; } = "";

    /// <summary>The narrative; paragraphs separated by line breaks; figures only as placeholders.</summary>
    public string Text { get; private set; } = "";

    /// <summary>Required by law.md §1 (one of the five contents): an empty one refuses approval.</summary>
    public bool Required { get; private set; }

    public string? Guidance { get; private set; }

    internal void Change(string? heading, string? text)
    {
        var errors = new Dictionary<string, string[]>();
        if (heading is not null && (heading.Length > MaxHeading || (Level > 0 && string.IsNullOrWhiteSpace(heading))))
        {
            errors["heading"] = [$"标题不能为空，且不超过{MaxHeading}字"];
        }

        if (text is not null && text.Length > MaxText)
        {
            errors["text"] = [$"正文不能超过{MaxText}字"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        Heading = heading?.Trim() ?? Heading;
        Text = text is null ? Text : text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
    }

    /// <summary>Placeholders used in the heading and the text.</summary>
    public IEnumerable<FigurePlaceholder> Placeholders() => Figures.Placeholders.Find(Heading).Concat(Figures.Placeholders.Find(Text));
}

/// <summary>
/// 报送设置 (per-region setting): whom the report is addressed to and the dates it is due. law.md AR-1: submission by
/// 3月1日 is [U] for 乡镇 (only a provincial guideline's wording was seen), so it is a setting, default 3月1日; AR-2
/// publication by 4月1日.
/// </summary>
public sealed class AnnualReportSetting : IRegionScoped
{
    private AnnualReportSetting()
    {
    }

    public AnnualReportSetting(string regionCode, string addressee)
    {
        RegionCode = regionCode;
        Addressee = AnnualReport.WithColon(addressee);
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public string Addressee { get; private set; } = "";

    /// <summary>抄送 (e.g. 市委全面依法治市委员会办公室).</summary>
    public string? CopyTo { get; private set; }

    public int SubmitMonth { get; private set; } = 3;

    public int SubmitDay { get; private set; } = 1;

    public int PublishMonth { get; private set; } = 4;

    public int PublishDay { get; private set; } = 1;

    public void Change(string? addressee, string? copyTo, int? submitMonth, int? submitDay, int? publishMonth, int? publishDay)
    {
        var errors = new Dictionary<string, string[]>();
        if (addressee is not null && (string.IsNullOrWhiteSpace(addressee) || addressee.Length > AnnualReport.MaxAddressee))
        {
            errors["addressee"] = [$"主送机关不能为空，且不超过{AnnualReport.MaxAddressee}字"];
        }

        var (sm, sd) = (submitMonth ?? SubmitMonth, submitDay ?? SubmitDay);
        var (pm, pd) = (publishMonth ?? PublishMonth, publishDay ?? PublishDay);
        if (!ValidDay(sm, sd))
        {
            errors["submitDay"] = ["报送期限应为有效的月、日（不含2月29日）"];
        }

        if (!ValidDay(pm, pd))
        {
            errors["publishDay"] = ["公开期限应为有效的月、日（不含2月29日）"];
        }
        else if (ValidDay(sm, sd) && new DateOnly(2001, pm, pd) < new DateOnly(2001, sm, sd))
        {
            errors["publishDay"] = ["公开期限不能早于报送期限"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        Addressee = addressee is null ? Addressee : AnnualReport.WithColon(addressee.Trim());
        CopyTo = copyTo is null ? CopyTo : string.IsNullOrWhiteSpace(copyTo) ? null : copyTo.Trim();
        (SubmitMonth, SubmitDay, PublishMonth, PublishDay) = (sm, sd, pm, pd);
    }

    // 2001 is not a leap year: a 2月29日 deadline would not exist most years.
    private static bool ValidDay(int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2001, month);
}
