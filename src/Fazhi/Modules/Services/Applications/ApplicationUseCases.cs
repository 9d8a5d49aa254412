using System.ComponentModel.DataAnnotations;

using Fazhi.Modules.Services.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Crypto;
using Fazhi.Platform.Data;
using Fazhi.Platform.Numbering;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Validation;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Services.Applications;

/// <summary>收件登记.</summary>
public sealed class ReceiveInput
{
    [Display(Name = "事项")] public Guid MatterId { get; set; }

    [Display(Name = "受理渠道")] public ApplicationChannel Channel { get; set; } = ApplicationChannel.Window;

    [Display(Name = "受理的村（社区）")] public string? VillageCode { get; set; }

    [Display(Name = "申请人")] public string ApplicantName { get; set; } = "";

    [Display(Name = "联系电话")] public string? ApplicantPhone { get; set; }

    [Display(Name = "收件日期")] public DateOnly? ReceivedOn { get; set; }
}

/// <summary>办件环节的填报内容.</summary>
public sealed class ApplicationActionInput
{
    [Display(Name = "日期")] public DateOnly? On { get; set; }

    [Display(Name = "材料")] public string? Missing { get; set; }

    [Display(Name = "补齐期限")] public DateOnly? DueOn { get; set; }

    [Display(Name = "理由")] public string? Reason { get; set; }

    [Display(Name = "延长工作日")] public int? Days { get; set; }

    [Display(Name = "批准人")] public string? Approver { get; set; }

    [Display(Name = "起日")] public DateOnly? From { get; set; }

    [Display(Name = "止日")] public DateOnly? To { get; set; }

    [Display(Name = "办理结果")] public DecisionOutcome? Outcome { get; set; }
}

/// <summary>办件台账的查询条件.</summary>
public sealed class ApplicationFilter
{
    public string? Q { get; set; }

    public string? Status { get; set; }

    public string? Department { get; set; }

    public string? Channel { get; set; }

    public string? Year { get; set; }

    /// <summary>"1": only the red ones (open past the committed date).</summary>
    public string? Overdue { get; set; }

    public string? Sort { get; set; }

    public string? Page { get; set; }

    public string? PageSize { get; set; }
}

/// <summary>A row of the application ledger export.</summary>
public sealed class ApplicationRow
{
    public ApplicationView? View { get; set; }
}

/// <summary>办件 as lists and the API show it (applicant masked, phone never).</summary>
public sealed record ApplicationView(
    Guid Id, string Number, string MatterCode, string MatterName, string Department, string Channel, string ChannelName, string? VillageCode,
    string Applicant, string Status, string StatusName, DateOnly ReceivedOn, DateOnly? AcceptedOn, DateOnly? CorrectionNoticeOn, string? MissingMaterials,
    bool AcceptedWithDeficiency, DateOnly? DeficiencyDueOn, DateOnly? DeficiencySuppliedOn, int CommittedDays, int StatutoryDays,
    DateOnly? CommittedDueOn, DateOnly? StatutoryDueOn, int ExtensionDays, string? ExtensionApprover, DateOnly? DecidedOn, string? Outcome,
    bool OverCommitted, bool OverStatutory, DateOnly? CertificateDueOn, DateOnly? CertificateIssuedOn, DateOnly? DeliveredOn, bool Overdue,
    IReadOnlyList<string> Explanation)
{
    public static ApplicationView Of(ServiceApplication a, DateOnly today, IReadOnlyList<string>? explanation = null) => new(
        a.Id, a.Number, a.MatterCode, a.MatterName, a.Department, a.Channel.ToString(), Names.Of(a.Channel), a.VillageCode,
        Masking.PersonName(a.ApplicantName), a.Status.ToString(), Names.Of(a.Status), a.ReceivedOn, a.AcceptedOn, a.CorrectionNoticeOn, a.MissingMaterials,
        a.AcceptedWithDeficiency, a.DeficiencyDueOn, a.DeficiencySuppliedOn, a.CommittedDays, a.StatutoryDays,
        a.CommittedDueOn, a.StatutoryDueOn, a.ExtensionDays, a.ExtensionApprover, a.DecidedOn, a.Outcome is { } o ? Names.Of(o) : null,
        a.OverCommitted, a.OverStatutory, a.CertificateDueOn, a.CertificateIssuedOn, a.DeliveredOn, a.IsOverdueOn(today), explanation ?? []);
}

/// <summary>办件: receive, the steps of acceptance, review, decision and delivery, the ledger and its export.</summary>
public sealed class ApplicationUseCases(AppDbContext db, ICalendarSource calendars, IssueNumber numbers, IFieldProtector protector, TimeProvider clock)
{
    public const string NumberKind = "services.application";

    public static readonly string[] Actions = ["notify_correction", "accept", "accept_with_deficiency", "supply_deficiency", "reject", "extend", "exclude", "decide", "issue_certificate", "deliver"];

    public DateOnly Today => LegalDate.Today(clock);

    public async Task<ServiceApplication> ReceiveAsync(string region, ReceiveInput input, string actor, CancellationToken ct)
    {
        var today = Today;
        var on = input.ReceivedOn ?? today;
        var errors = new Dictionary<string, string[]>();
        if (on > today)
        {
            errors["receivedOn"] = ["收件日期不能晚于今天"];
        }

        if (string.IsNullOrWhiteSpace(input.ApplicantName) || input.ApplicantName.Length > 200)
        {
            errors["applicantName"] = ["请填写申请人（不超过200个字符）"];
        }

        if (!string.IsNullOrWhiteSpace(input.ApplicantPhone) && Identifiers.CheckMobilePhone(input.ApplicantPhone.Trim()) is not null)
        {
            errors["applicantPhone"] = ["联系电话格式不正确"];
        }

        var matter = await db.Set<ServiceMatter>().FirstOrDefaultAsync(m => m.Id == input.MatterId && m.RemovedOn == null, ct);
        if (matter is null)
        {
            errors["matterId"] = ["请选择事项清单中的事项"];
        }
        else if (input.Channel == ApplicationChannel.Village)
        {
            if (!matter.VillageAccepted)
            {
                errors["channel"] = ["该事项未列入村级无差别受理事项，村（社区）便民服务站不能受理"];
            }

            if (string.IsNullOrWhiteSpace(input.VillageCode) || !input.VillageCode.StartsWith(region, StringComparison.Ordinal) || input.VillageCode.Length != 12)
            {
                errors["villageCode"] = ["请选择本镇的村（社区）"];
            }
        }
        else if (input.Channel == ApplicationChannel.Online && !matter.Channels.HasFlag(ServiceChannels.Online))
        {
            errors["channel"] = ["该事项未开通网上办理"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var calendar = await calendars.GetAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var issued = await numbers.NextAsync(db, region, NumberKind, on.Year, null, ct);
        var phone = string.IsNullOrWhiteSpace(input.ApplicantPhone) ? null : protector.Protect(input.ApplicantPhone.Trim());
        var application = new ServiceApplication(region, matter!, issued.Text, input.Channel, input.Channel == ApplicationChannel.Village ? input.VillageCode : null,
            input.ApplicantName.Trim(), phone, on, actor, clock.GetUtcNow().UtcDateTime);
        application.AcceptOnReceipt(calendar);
        db.Add(application);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return application;
    }

    public async Task<ServiceApplication> GetAsync(Guid id, CancellationToken ct) =>
        await db.Set<ServiceApplication>().Include(a => a.Exclusions).FirstOrDefaultAsync(a => a.Id == id, ct)
        ?? throw new RecordNotFoundException("办件不存在");

    public async Task<ApplicationView> ViewAsync(Guid id, CancellationToken ct)
    {
        var application = await GetAsync(id, ct);
        var calendar = await calendars.GetAsync(ct);
        return ApplicationView.Of(application, Today, application.AcceptedOn is null ? [] : application.Clocks(calendar).Lines);
    }

    public async Task<ServiceApplication> ActAsync(Guid id, string action, ApplicationActionInput input, CancellationToken ct)
    {
        var application = await GetAsync(id, ct);
        var calendar = await calendars.GetAsync(ct);
        var today = Today;
        var on = input.On ?? today;
        if (on > today || input.To > today)
        {
            throw new FieldValidationException("on", "办理日期不能晚于今天");
        }

        switch (action)
        {
            case "notify_correction":
                application.NotifyCorrection(on, input.Missing ?? "", calendar);
                break;
            case "accept":
                application.Accept(on, calendar);
                break;
            case "accept_with_deficiency":
                application.AcceptWithDeficiency(on, input.Missing ?? "", input.DueOn ?? throw new FieldValidationException("dueOn", "请填写补齐材料的期限"), calendar);
                break;
            case "supply_deficiency":
                application.SupplyDeficiency(on);
                break;
            case "reject":
                application.Reject(on, input.Reason ?? "");
                break;
            case "extend":
                application.Extend(on, input.Days ?? 0, input.Approver ?? "", input.Reason ?? "", calendar);
                break;
            case "exclude":
                application.Exclude(input.From ?? throw new FieldValidationException("from", "请填写起日"), input.To ?? throw new FieldValidationException("to", "请填写止日"), input.Reason ?? "", calendar);
                db.AddRange(application.Exclusions.Where(e => db.Entry(e).State == EntityState.Detached));
                break;
            case "decide":
                application.Decide(on, input.Outcome ?? throw new FieldValidationException("outcome", "请选择办理结果"), calendar);
                break;
            case "issue_certificate":
                application.IssueCertificate(on);
                break;
            case "deliver":
                application.Deliver(on);
                break;
            default:
                throw new RecordNotFoundException("没有这个办理环节");
        }

        await db.SaveChangesAsync(ct);
        return application;
    }

    public async Task<Paged<ServiceApplication>> ListAsync(ApplicationFilter filter, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (page, size) = Paging.Parse(filter.Page, filter.PageSize, errors);
        var query = Filtered(filter, errors);
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var total = await query.CountAsync(ct);
        var items = await Sorted(query, filter.Sort).Skip((page - 1) * size).Take(size).AsNoTracking().ToListAsync(ct);
        return new Paged<ServiceApplication>(items, page, size, total);
    }

    public static readonly LedgerLayout<ApplicationRow> Layout = new("政务服务办件台账",
    [
        new("受理编号", r => r.View!.Number), new("事项编码", r => r.View!.MatterCode), new("事项名称", r => r.View!.MatterName), new("实施部门", r => r.View!.Department),
        new("受理渠道", r => r.View!.ChannelName), new("申请人", r => r.View!.Applicant), new("状态", r => r.View!.StatusName), new("收件日期", r => Day(r.View!.ReceivedOn)),
        new("受理日期", r => Day(r.View!.AcceptedOn)), new("承诺时限届满日", r => Day(r.View!.CommittedDueOn)), new("法定时限届满日", r => Day(r.View!.StatutoryDueOn)),
        new("延长工作日", r => r.View!.ExtensionDays), new("办结日期", r => Day(r.View!.DecidedOn)), new("办理结果", r => r.View!.Outcome),
        new("超承诺时限", r => r.View!.OverCommitted ? "是" : "否"), new("超法定时限", r => r.View!.OverStatutory ? "是" : "否"),
        new("发证日期", r => Day(r.View!.CertificateIssuedOn)), new("出件日期", r => Day(r.View!.DeliveredOn)),
    ]);

    public async Task<byte[]> ExportAsync(ApplicationFilter filter, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var query = Filtered(filter, errors);
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        var today = Today;
        var rows = await Sorted(query, filter.Sort).AsNoTracking().Take(Ledgers.MaxRows).ToListAsync(ct);
        return await Ledgers.ExportXlsxAsync(Layout, rows.Select(a => new ApplicationRow { View = ApplicationView.Of(a, today) }), ct);
    }

    private IQueryable<ServiceApplication> Filtered(ApplicationFilter filter, Dictionary<string, string[]> errors)
    {
        var query = db.Set<ServiceApplication>().AsQueryable();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(a => a.Number.Contains(q) || a.MatterName.Contains(q) || a.MatterCode.Contains(q));
        }

        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            if (Enum.TryParse<ApplicationStatus>(filter.Status, out var status) && Enum.IsDefined(status))
            {
                query = query.Where(a => a.Status == status);
            }
            else
            {
                errors["status"] = ["办件状态不正确"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Channel))
        {
            if (Enum.TryParse<ApplicationChannel>(filter.Channel, out var channel) && Enum.IsDefined(channel))
            {
                query = query.Where(a => a.Channel == channel);
            }
            else
            {
                errors["channel"] = ["受理渠道不正确"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Department))
        {
            var d = filter.Department.Trim();
            query = query.Where(a => a.Department == d);
        }

        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (int.TryParse(filter.Year, out var year) && year is >= 2000 and <= 2100)
            {
                var from = new DateOnly(year, 1, 1);
                var to = from.AddYears(1);
                query = query.Where(a => a.ReceivedOn >= from && a.ReceivedOn < to);
            }
            else
            {
                errors["year"] = ["年度应为四位数字"];
            }
        }

        if (filter.Overdue is "1" or "true")
        {
            var today = Today;
            query = query.Where(a => (a.Status == ApplicationStatus.Accepted || a.Status == ApplicationStatus.AwaitingCorrection) && a.CommittedDueOn < today);
        }

        return query;
    }

    private static IQueryable<ServiceApplication> Sorted(IQueryable<ServiceApplication> query, string? sort) => sort switch
    {
        "received" => query.OrderBy(a => a.ReceivedOn).ThenBy(a => a.Id),
        "due" => query.OrderBy(a => a.CommittedDueOn).ThenBy(a => a.Id),
        "-due" => query.OrderByDescending(a => a.CommittedDueOn).ThenByDescending(a => a.Id),
        "matter" => query.OrderBy(a => a.MatterName).ThenBy(a => a.Id),
        "number" => query.OrderBy(a => a.Number),
        _ => query.OrderByDescending(a => a.ReceivedOn).ThenByDescending(a => a.Id),
    };

    private static string Day(DateOnly? d) => d is { } x ? ApplicationClocks.Day(x) : "";
}
