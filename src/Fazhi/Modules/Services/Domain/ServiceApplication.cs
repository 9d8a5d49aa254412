using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Services.Domain;

/// <summary>受理渠道.</summary>
public enum ApplicationChannel
{
    [Display(Name = "综合窗口")] Window,
    [Display(Name = "网上办理")] Online,
    [Display(Name = "村（社区）便民服务站")] Village,
}

/// <summary>办件状态.</summary>
public enum ApplicationStatus
{
    /// <summary>收件, materials incomplete: 一次性告知补正 issued, waiting for the applicant.</summary>
    [Display(Name = "补正材料中")] AwaitingCorrection,
    [Display(Name = "已受理（后台审批中）")] Accepted,
    [Display(Name = "不予受理")] Rejected,
    [Display(Name = "已办结")] Decided,
    [Display(Name = "已出件")] Delivered,
}

/// <summary>办理结果.</summary>
public enum DecisionOutcome
{
    [Display(Name = "准予")] Granted,
    [Display(Name = "不予")] Denied,
}

/// <summary>
/// 办件 (one application for one matter): received at a 综合窗口, online or at a village station; incomplete materials
/// get one 一次性告知 within 5 working days or the application is deemed accepted on receipt (行政许可法第三十二条);
/// 容缺受理 accepts with a written commitment and a deadline (广东省优化营商环境条例第三十二条); the department decides
/// within the committed and the statutory clocks (第四十二条, extension once; 第四十五条 excluded periods); the
/// certificate is issued within 10 working days (第四十四条) and delivered at the window (综合窗口出件).
/// The due dates and the overdue flags are stored columns, so lists and figures count them in the database.
/// </summary>
public sealed class ServiceApplication : IRegionScoped
{
    private ServiceApplication()
    {
    }

    public ServiceApplication(string regionCode, ServiceMatter matter, string number, ApplicationChannel channel, string? villageCode, string applicantName,
        string? applicantPhoneProtected, DateOnly receivedOn, string actor, DateTime at)
    {
        RegionCode = regionCode;
        MatterId = matter.Id;
        MatterCode = matter.Code;
        MatterName = matter.Name;
        Department = matter.Department;
        CommittedDays = matter.CommittedDays;
        StatutoryDays = matter.StatutoryDays;
        Number = number;
        Channel = channel;
        VillageCode = villageCode;
        ApplicantName = applicantName;
        ApplicantPhoneProtected = applicantPhoneProtected;
        ReceivedOn = receivedOn;
        ReceivedBy = actor;
        CreatedAt = at;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>受理编号.</summary>
    public string Number { get; private set; } = "";

    public Guid MatterId { get; private set; }

    public string MatterCode { get; private set; } = "";

    public string MatterName { get; private set; } = "";

    public string Department { get; private set; } = "";

    public int CommittedDays { get; private set; }

    public int StatutoryDays { get; private set; }

    public ApplicationChannel Channel { get; private set; }

    /// <summary>The village code when a village station received it (村级无差别受理).</summary>
    public string? VillageCode { get; private set; }

    /// <summary>申请人 (masked on every page and export; a company name is shown whole by the masking rule).</summary>
    public string ApplicantName { get; private set; } = "";

    /// <summary>联系电话, SM4-encrypted.</summary>
    public string? ApplicantPhoneProtected { get; private set; }

    public ApplicationStatus Status { get; private set; } = ApplicationStatus.Accepted;

    public DateOnly ReceivedOn { get; private set; }

    public string ReceivedBy { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateOnly? CorrectionNoticeOn { get; private set; }

    public string? MissingMaterials { get; private set; }

    /// <summary>容缺受理: accepted with a written commitment to supply <see cref="MissingMaterials"/> by <see cref="DeficiencyDueOn"/>.</summary>
    public bool AcceptedWithDeficiency { get; private set; }

    public DateOnly? DeficiencyDueOn { get; private set; }

    public DateOnly? DeficiencySuppliedOn { get; private set; }

    public DateOnly? AcceptedOn { get; private set; }

    public DateOnly? RejectedOn { get; private set; }

    public string? RejectionReason { get; private set; }

    public int ExtensionDays { get; private set; }

    public string? ExtensionApprover { get; private set; }

    public string? ExtensionReason { get; private set; }

    public List<ApplicationExclusion> Exclusions { get; private set; } = [];

    public DateOnly? CommittedDueOn { get; private set; }

    public DateOnly? StatutoryDueOn { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public DecisionOutcome? Outcome { get; private set; }

    /// <summary>Decided after the 承诺时限 (GS-3).</summary>
    public bool OverCommitted { get; private set; }

    /// <summary>Decided after the 法定时限 (GS-3, separately).</summary>
    public bool OverStatutory { get; private set; }

    public DateOnly? CertificateDueOn { get; private set; }

    public DateOnly? CertificateIssuedOn { get; private set; }

    public DateOnly? DeliveredOn { get; private set; }

    public bool IsOpen => Status is ApplicationStatus.AwaitingCorrection or ApplicationStatus.Accepted;

    /// <summary>Accepts complete materials on <paramref name="on"/> and starts both clocks.</summary>
    public void Accept(DateOnly on, WorkingDayCalendar calendar)
    {
        if (Status is not ApplicationStatus.AwaitingCorrection || AcceptedOn is not null)
        {
            throw new DomainRuleException("只有待补正的收件才能受理");
        }

        NotBefore(on, ReceivedOn, "受理日期");
        Status = ApplicationStatus.Accepted;
        AcceptedOn = on;
        Recompute(calendar);
    }

    /// <summary>收件即受理: an application counts as accepted on receipt unless a 一次性告知 follows within 5 working days (第三十二条).</summary>
    public void AcceptOnReceipt(WorkingDayCalendar calendar)
    {
        Status = ApplicationStatus.Accepted;
        AcceptedOn = ReceivedOn;
        Recompute(calendar);
    }

    /// <summary>一次性告知补正: within 5 working days of receipt, else the application is deemed accepted on receipt (第三十二条).</summary>
    public void NotifyCorrection(DateOnly on, string missing, WorkingDayCalendar calendar)
    {
        if (Status != ApplicationStatus.Accepted || AcceptedOn != ReceivedOn || DecidedOn is not null || CorrectionNoticeOn is not null)
        {
            throw new DomainRuleException("补正材料应当一次告知，且只能在收件后、受理前告知一次", ApplicationClocks.NoticeBasis);
        }

        NotBefore(on, ReceivedOn, "告知日期");
        var due = ApplicationClocks.CorrectionNoticeDue(ReceivedOn, calendar);
        if (on > due)
        {
            throw new DomainRuleException(
                $"一次性告知期限已于{ApplicationClocks.Day(due)}届满（收件后五个工作日）：逾期不告知的，自收到申请材料之日起即为受理，不得再要求补正",
                ApplicationClocks.NoticeBasis);
        }

        if (string.IsNullOrWhiteSpace(missing))
        {
            throw new FieldValidationException("missing", "请一次性列明需要补正的全部材料");
        }

        CorrectionNoticeOn = on;
        MissingMaterials = missing.Trim();
        Status = ApplicationStatus.AwaitingCorrection;
        AcceptedOn = null;
        CommittedDueOn = null;
        StatutoryDueOn = null;
    }

    /// <summary>容缺受理: accepted now, the missing secondary materials promised by <paramref name="dueOn"/>.</summary>
    public void AcceptWithDeficiency(DateOnly on, string missing, DateOnly dueOn, WorkingDayCalendar calendar)
    {
        if (Status is not (ApplicationStatus.Accepted or ApplicationStatus.AwaitingCorrection) || DecidedOn is not null || AcceptedWithDeficiency)
        {
            throw new DomainRuleException("只有尚未办结的收件可以容缺受理，且只能容缺一次");
        }

        if (string.IsNullOrWhiteSpace(missing))
        {
            throw new FieldValidationException("missing", "请列明容缺的材料（申请人书面承诺补齐）");
        }

        NotBefore(on, ReceivedOn, "受理日期");
        if (dueOn <= on)
        {
            throw new FieldValidationException("dueOn", "补齐材料的期限应晚于受理日期（广东省优化营商环境条例第三十二条）");
        }

        AcceptedWithDeficiency = true;
        MissingMaterials = missing.Trim();
        DeficiencyDueOn = dueOn;
        Status = ApplicationStatus.Accepted;
        AcceptedOn = on;
        Recompute(calendar);
    }

    public void SupplyDeficiency(DateOnly on)
    {
        if (!AcceptedWithDeficiency || DeficiencySuppliedOn is not null)
        {
            throw new DomainRuleException("该办件没有待补齐的容缺材料");
        }

        NotBefore(on, AcceptedOn!.Value, "补齐日期");
        DeficiencySuppliedOn = on;
    }

    public void Reject(DateOnly on, string reason)
    {
        if (!IsOpen || DecidedOn is not null)
        {
            throw new DomainRuleException("已办结的办件不能再作不予受理");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new FieldValidationException("reason", "不予受理应当书面说明理由（行政许可法第三十二条）");
        }

        NotBefore(on, ReceivedOn, "决定日期");
        Status = ApplicationStatus.Rejected;
        RejectedOn = on;
        RejectionReason = reason.Trim();
    }

    /// <summary>延长办理期限: once, at most 10 working days, approved by the agency's 负责人 with the reason told (第四十二条).</summary>
    public void Extend(DateOnly on, int days, string approver, string reason, WorkingDayCalendar calendar)
    {
        RequireAccepted();
        if (ExtensionDays > 0)
        {
            throw new DomainRuleException("办理期限只能延长一次", ApplicationClocks.ExtensionBasis);
        }

        if (days is < 1 or > ApplicationClocks.MaxExtension)
        {
            throw new DomainRuleException($"经本行政机关负责人批准，可以延长十日（工作日）：延长天数应为1至{ApplicationClocks.MaxExtension}个工作日", ApplicationClocks.ExtensionBasis);
        }

        if (string.IsNullOrWhiteSpace(approver) || string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("延长期限应经本行政机关负责人批准，并将延长期限的理由告知申请人：请填写批准人和理由", ApplicationClocks.ExtensionBasis);
        }

        NotBefore(on, AcceptedOn!.Value, "批准日期");
        if (on > StatutoryDueOn)
        {
            throw new DomainRuleException($"法定时限已于{ApplicationClocks.Day(StatutoryDueOn!.Value)}届满，届满后不能再延长", ApplicationClocks.ExtensionBasis);
        }

        ExtensionDays = days;
        ExtensionApprover = approver.Trim();
        ExtensionReason = reason.Trim();
        Recompute(calendar);
    }

    /// <summary>不计入期限的期间: 听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审 (第四十五条), with written notice.</summary>
    public void Exclude(DateOnly from, DateOnly to, string reason, WorkingDayCalendar calendar)
    {
        RequireAccepted();
        if (from <= AcceptedOn || to < from)
        {
            throw new FieldValidationException("from", "不计入期限的期间应在受理日之后，且起日不晚于止日");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("请写明需要的听证、检验、检测、鉴定或专家评审等事由（并书面告知申请人）", ApplicationClocks.ExclusionBasis);
        }

        if (Exclusions.Any(e => from <= e.To && to >= e.From))
        {
            throw new DomainRuleException("该期间与已登记的不计入期间重叠", ApplicationClocks.ExclusionBasis);
        }

        Exclusions.Add(new ApplicationExclusion(this, from, to, reason.Trim()));
        Recompute(calendar);
    }

    public void Decide(DateOnly on, DecisionOutcome outcome, WorkingDayCalendar calendar)
    {
        RequireAccepted();
        NotBefore(on, AcceptedOn!.Value, "办结日期");
        if (Exclusions.Any(e => e.To >= on))
        {
            throw new DomainRuleException("不计入期限的期间尚未结束，不能在该期间内作出决定", ApplicationClocks.ExclusionBasis);
        }

        if (outcome == DecisionOutcome.Granted && AcceptedWithDeficiency && DeficiencySuppliedOn is null)
        {
            throw new DomainRuleException("容缺受理的材料尚未补齐，不能作出准予决定（广东省优化营商环境条例第三十二条）");
        }

        Status = ApplicationStatus.Decided;
        DecidedOn = on;
        Outcome = outcome;
        OverCommitted = on > CommittedDueOn;
        OverStatutory = on > StatutoryDueOn;
        CertificateDueOn = outcome == DecisionOutcome.Granted ? ApplicationClocks.CertificateDue(on, calendar) : null;
    }

    public void IssueCertificate(DateOnly on)
    {
        if (Status != ApplicationStatus.Decided || Outcome != DecisionOutcome.Granted || CertificateIssuedOn is not null)
        {
            throw new DomainRuleException("只有准予的办件可以制发证件，且只制发一次", ApplicationClocks.CertificateBasis);
        }

        NotBefore(on, DecidedOn!.Value, "发证日期");
        CertificateIssuedOn = on;
    }

    /// <summary>综合窗口出件 (the result handed to the applicant).</summary>
    public void Deliver(DateOnly on)
    {
        if (Status != ApplicationStatus.Decided)
        {
            throw new DomainRuleException("办结后才能出件");
        }

        if (Outcome == DecisionOutcome.Granted && CertificateIssuedOn is null)
        {
            throw new DomainRuleException("证件尚未制发，不能出件", ApplicationClocks.CertificateBasis);
        }

        NotBefore(on, CertificateIssuedOn ?? DecidedOn!.Value, "出件日期");
        Status = ApplicationStatus.Delivered;
        DeliveredOn = on;
    }

    /// <summary>Red on lists: still open past the committed due date (or, decided, the certificate late).</summary>
    public bool IsOverdueOn(DateOnly today) =>
        (IsOpen && CommittedDueOn is { } due && today > due)
        || (Status == ApplicationStatus.Decided && CertificateIssuedOn is null && CertificateDueOn is { } c && today > c);

    public ApplicationClocks.Result Clocks(WorkingDayCalendar calendar) =>
        ApplicationClocks.Compute(AcceptedOn ?? ReceivedOn, CommittedDays, StatutoryDays, ExtensionDays, ExtensionApprover,
            Exclusions.Select(e => new ExcludedSpan(e.From, e.To, e.Reason)), calendar);

    private void Recompute(WorkingDayCalendar calendar)
    {
        var clocks = Clocks(calendar);
        CommittedDueOn = clocks.CommittedDue;
        StatutoryDueOn = clocks.StatutoryDue;
    }

    private void RequireAccepted()
    {
        if (Status != ApplicationStatus.Accepted || AcceptedOn is null)
        {
            throw new DomainRuleException("只有已受理、尚未办结的办件才能办理该环节");
        }
    }

    private static void NotBefore(DateOnly on, DateOnly earliest, string what)
    {
        if (on < earliest)
        {
            throw new FieldValidationException("on", $"{what}不能早于{ApplicationClocks.Day(earliest)}");
        }
    }
}

/// <summary>不计入办理期限的期间 (行政许可法第四十五条).</summary>
public sealed class ApplicationExclusion : IRegionScoped
{
    private ApplicationExclusion()
    {
    }

    internal ApplicationExclusion(ServiceApplication application, DateOnly from, DateOnly to, string reason)
    {
        ApplicationId = application.Id;
        RegionCode = application.RegionCode;
        From = from;
        To = to;
        Reason = reason;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public string Reason { get; private set; } = "";
}
