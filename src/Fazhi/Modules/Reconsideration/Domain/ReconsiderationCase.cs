using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;

using Fazhi.Platform.Web;

namespace Fazhi.Modules.Reconsideration.Domain;

/// <summary>适用的行政复议法版本 (law.md §0.2), by the acceptance date.</summary>
public enum ReconsiderationLaw
{
    [Display(Name = "2017年行政复议法")] Law2017,
    [Display(Name = "2023年行政复议法")] Law2023,
}

/// <summary>审理程序.</summary>
public enum ReconsiderationTrack
{
    [Display(Name = "普通程序")] Ordinary,
    [Display(Name = "简易程序")] Simplified,
}

/// <summary>行政复议结果 (REV-3).</summary>
public enum ReconsiderationOutcome
{
    [Display(Name = "维持")] Upheld,
    [Display(Name = "驳回")] Dismissed,
    [Display(Name = "撤销")] Revoked,
    [Display(Name = "变更")] Altered,
    [Display(Name = "确认违法")] ConfirmedIllegal,
    [Display(Name = "确认无效")] ConfirmedInvalid,
    [Display(Name = "责令履行")] OrderedPerformance,
    [Display(Name = "终止（撤回申请）")] TerminatedWithdrawn,
    [Display(Name = "终止（和解）")] TerminatedSettled,
}

public static class ReconsiderationOutcomes
{
    /// <summary>直接纠错: 撤销、变更、确认违法、确认无效、责令履行 (REV-4).</summary>
    public static bool IsCorrection(this ReconsiderationOutcome o) => o is ReconsiderationOutcome.Revoked or ReconsiderationOutcome.Altered
        or ReconsiderationOutcome.ConfirmedIllegal or ReconsiderationOutcome.ConfirmedInvalid or ReconsiderationOutcome.OrderedPerformance;

    public static bool IsTermination(this ReconsiderationOutcome o) => o is ReconsiderationOutcome.TerminatedWithdrawn or ReconsiderationOutcome.TerminatedSettled;
}

/// <summary>Chinese names of the module's enums (their [Display] names).</summary>
public static class Names
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        DisplayNames.Of(value);

    public static string Of<T>(T? value)
        where T : struct, Enum => DisplayNames.Of(value);
}

/// <summary>
/// 行政复议案件 (an application for administrative reconsideration in which the town is the 被申请人). The path between
/// states is <see cref="ReconsiderationProcedure"/>; <see cref="State"/> mirrors it, and this aggregate keeps the facts
/// each step produced.
/// </summary>
public sealed class ReconsiderationCase : IRegionScoped
{
    public const int MaxText = 4000;
    public const int MaxName = 200;

    private ReconsiderationCase()
    {
    }

    public ReconsiderationCase(string regionCode, RegisterInput input, DateOnly appliedOn, DateOnly acceptedOn, DateOnly copyReceivedOn,
        ReconsiderationTrack track, string definitionKey, string createdBy, DateTime createdAt)
    {
        RegionCode = regionCode;
        CaseNumber = input.CaseNumber?.Trim() ?? "";
        Applicant = input.Applicant!.Trim();
        ChallengedAct = input.ChallengedAct!.Trim();
        ChallengedCaseNumber = string.IsNullOrWhiteSpace(input.ChallengedCaseNumber) ? null : input.ChallengedCaseNumber.Trim();
        ReviewBody = input.ReviewBody!.Trim();
        AppliedOn = appliedOn;
        AcceptedOn = acceptedOn;
        CopyReceivedOn = copyReceivedOn;
        Track = track;
        Law = ReconsiderationProcedure.LawFor(acceptedOn);
        DefinitionKey = definitionKey;
        State = ReconsiderationProcedure.Registered;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    /// <summary>复议机关的案号 (e.g. 东府行复〔2022〕12号), as the review body numbers it.</summary>
    public string CaseNumber { get; private set; } = "";

    /// <summary>申请人.</summary>
    public string Applicant { get; private set; } = "";

    /// <summary>被申请复议的行政行为.</summary>
    public string ChallengedAct { get; private set; } = "";

    /// <summary>关联的行政执法案件案号 (text: the enforcement module publishes no contract for its cases yet).</summary>
    public string? ChallengedCaseNumber { get; private set; }

    /// <summary>复议机关 (for a town: the 上一级人民政府).</summary>
    public string ReviewBody { get; private set; } = "";

    public DateOnly AppliedOn { get; private set; }

    public DateOnly AcceptedOn { get; private set; }

    /// <summary>收到申请书副本（答复通知书）之日: the reply clock counts from it.</summary>
    public DateOnly CopyReceivedOn { get; private set; }

    public ReconsiderationTrack Track { get; private set; }

    public ReconsiderationLaw Law { get; private set; }

    public string DefinitionKey { get; private set; } = "";

    public Guid? ProcedureInstanceId { get; private set; }

    public string State { get; private set; } = "";

    public DateOnly? RepliedOn { get; private set; }

    public DateOnly? ReplyDueOn { get; private set; }

    /// <summary>按期答复: the reply was filed on or before its due date.</summary>
    public bool? ReplyOnTime { get; private set; }

    public ReconsiderationOutcome? Outcome { get; private set; }

    /// <summary>复议决定（或终止）日期: the case counts as 审结 in that year.</summary>
    public DateOnly? DecidedOn { get; private set; }

    public string? DecisionSummary { get; private set; }

    public DateOnly? OpinionReceivedOn { get; private set; }

    public DateOnly? OpinionAnsweredOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? ComplianceNote { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public void AttachProcedure(Guid instanceId) => ProcedureInstanceId = instanceId;

    public void MoveTo(string state) => State = state;

    public void RecordReply(DateOnly on, DateOnly due)
    {
        RepliedOn = on;
        ReplyDueOn = due;
        ReplyOnTime = on <= due;
    }

    public void RecordDecision(ReconsiderationOutcome outcome, DateOnly on, string? summary)
    {
        Outcome = outcome;
        DecidedOn = on;
        DecisionSummary = summary;
    }

    public void RecordOpinionReceived(DateOnly on) => OpinionReceivedOn = on;

    public void RecordOpinionAnswered(DateOnly on) => OpinionAnsweredOn = on;

    public void Close(DateOnly on, string? note)
    {
        ClosedOn = on;
        ComplianceNote = note;
    }
}

/// <summary>
/// 听证（听取意见）记录: whether the respondent's 负责人 attended, or whom he delegated and why (2023 行政复议法第五十一条);
/// the records behind 负责人参加听证率 (REV-6).
/// </summary>
public sealed class ReconsiderationHearing : IRegionScoped
{
    private ReconsiderationHearing()
    {
    }

    public ReconsiderationHearing(ReconsiderationCase c, DateOnly heldOn, bool leaderAttended, string? leaderName, string? delegateName, string? delegationReason, string? note)
    {
        CaseId = c.Id;
        RegionCode = c.RegionCode;
        HeldOn = heldOn;
        LeaderAttended = leaderAttended;
        LeaderName = leaderName;
        DelegateName = delegateName;
        DelegationReason = delegationReason;
        Note = note;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CaseId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly HeldOn { get; private set; }

    public bool LeaderAttended { get; private set; }

    public string? LeaderName { get; private set; }

    public string? DelegateName { get; private set; }

    public string? DelegationReason { get; private set; }

    public string? Note { get; private set; }
}

/// <summary>登记被申请行政复议案件的输入 (page form, API body and ledger row).</summary>
public sealed record RegisterInput
{
    public string? CaseNumber { get; init; }

    public string? Applicant { get; init; }

    public string? ChallengedAct { get; init; }

    public string? ChallengedCaseNumber { get; init; }

    public string? ReviewBody { get; init; }

    public DateOnly? AppliedOn { get; init; }

    public DateOnly? AcceptedOn { get; init; }

    /// <summary>Default: the acceptance date.</summary>
    public DateOnly? CopyReceivedOn { get; init; }

    /// <summary>"ordinary" (default) or "simplified".</summary>
    public string? Track { get; init; }
}

/// <summary>The input of one step.</summary>
public sealed record CaseActionInput
{
    public DateOnly? On { get; init; }

    public string? Note { get; init; }

    /// <summary>For decide / terminate: an outcome name (upheld, dismissed, revoked, altered, confirmedillegal, confirmedinvalid, orderedperformance, terminatedwithdrawn, terminatedsettled).</summary>
    public string? Outcome { get; init; }

    /// <summary>For extend: days (≤30 in total).</summary>
    public int? ExtensionDays { get; init; }

    public bool LeaderAttended { get; init; }

    public string? LeaderName { get; init; }

    public string? DelegateName { get; init; }

    public string? DelegationReason { get; init; }
}
