using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Validation;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Enforcement.Publication;

/// <summary>公示类别: 行政处罚决定 (7 WD) or 其他执法决定 (20 WD), 国办发〔2018〕118号.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PublicationKind>))]
public enum PublicationKind
{
    [Display(Name = "行政处罚决定")] Penalty = 1,
    [Display(Name = "其他执法决定")] Other = 2,
}

/// <summary>
/// 执法决定公示 (事后公开, 国办发〔2018〕118号; 行政处罚法第四十八条): the publication of one case decision, with the
/// publication clock (7 WD for penalties, 20 WD for other decisions, from the decision) and, when the decision is
/// changed, revoked or found unlawful or void, the withdrawal clock (3 WD). What the portal shows is a snapshot taken
/// when publishing, with the party's personal data masked; the unmasked party data never enters this record.
/// </summary>
public sealed class DecisionPublication : IRegionScoped
{
    public const string SubjectType = "enforcement.publication";

    private DecisionPublication()
    {
    }

    public DecisionPublication(EnforcementCase decided, PublicationKind kind)
    {
        RegionCode = decided.RegionCode;
        CaseId = decided.Id;
        Kind = kind;
        DecidedOn = decided.DecidedOn ?? throw new DomainRuleException("案件尚未作出决定，无需公示");
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public Guid CaseId { get; private set; }

    public Guid ProcedureInstanceId { get; private set; }

    public string State { get; private set; } = PublicationProcedure.Registered;

    public PublicationKind Kind { get; private set; }

    public DateOnly DecidedOn { get; private set; }

    /// <summary>公示期限届满日, copied from the publication clock.</summary>
    public DateOnly? PublishDue { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public string? DecisionNumber { get; private set; }

    /// <summary>执法机关.</summary>
    public string? AgencyName { get; private set; }

    /// <summary>执法对象 as published: 张某某 for a natural person, the full name for an organisation.</summary>
    public string? PartyDisplay { get; private set; }

    /// <summary>证件号码 as published: masked for a natural person, the 统一社会信用代码 for an organisation.</summary>
    public string? PartyIdDisplay { get; private set; }

    /// <summary>执法类别 (the enforcement domain).</summary>
    public string? Category { get; private set; }

    public string? Title { get; private set; }

    /// <summary>执法结论 (outcome, and the fine).</summary>
    public string? Conclusion { get; private set; }

    /// <summary>主要违法事实 as published (personal numbers masked).</summary>
    public string? Facts { get; private set; }

    /// <summary>决定被变更、撤销、确认违法或确认无效的日期 (starts the 3 WD withdrawal clock).</summary>
    public DateOnly? ChangedOn { get; private set; }

    public string? ChangeReason { get; private set; }

    public DateOnly? WithdrawDue { get; private set; }

    public DateOnly? WithdrawnOn { get; private set; }

    public bool Visible => State is PublicationProcedure.Published or PublicationProcedure.WithdrawalDue;

    internal void Attach(Guid instanceId) => ProcedureInstanceId = instanceId;

    internal void Moved(string state) => State = state;

    internal void Due(DateOnly due) => PublishDue = due;

    /// <summary>Takes the public snapshot of the decision, masking the party's personal data.</summary>
    internal void Publish(EnforcementCase c, string agencyName, DateOnly on)
    {
        PublishedOn = on;
        DecisionNumber = c.DecisionNumber;
        AgencyName = agencyName;
        var person = c.PartyKind == PartyKind.Individual;
        PartyDisplay = person ? PublicNames.Person(c.PartyName) : c.PartyName;
        PartyIdDisplay = string.IsNullOrWhiteSpace(c.PartyIdNumber) ? null : person ? Masking.IdNumber(c.PartyIdNumber) : c.PartyIdNumber;
        Category = Cases.ReadCases.Name(c.Domain);
        Title = PublicNames.Scrub(c.Title, c);
        Facts = c.Facts is null ? null : PublicNames.Scrub(c.Facts, c);
        var outcome = c.Outcome is { } o ? Cases.ReadCases.Name(o) : "";
        Conclusion = c.FineFen > 0 ? $"{outcome}：罚款{LateFeeCalculator.Yuan(c.FineFen)}元" : outcome;
    }

    internal void Change(DateOnly on, string reason)
    {
        if (PublishedOn is { } published && on < published)
        {
            throw new FieldValidationException("on", "变更、撤销日期不能早于公示日期");
        }

        ChangedOn = on;
        ChangeReason = EnforcementAgency.Required(reason, "reason", "请填写决定被变更、撤销、确认违法或确认无效的情况", 500);
    }

    internal void WithdrawalDue(DateOnly due) => WithdrawDue = due;

    internal void Withdraw(DateOnly on) => WithdrawnOn = on;
}

/// <summary>How personal data of a natural person appears in published text (张三 → 张某某; ID and phone numbers masked).</summary>
public static class PublicNames
{
    /// <summary>张三 → 张某某, 欧阳娜娜 → 欧阳某某 (the surname as <see cref="Masking.PersonName"/> keeps it).</summary>
    public static string Person(string? name)
    {
        var masked = Masking.PersonName(name);
        var surname = masked.TrimEnd('*');
        return surname.Length == 0 ? "某某" : surname + "某某";
    }

    /// <summary>Masks ID and phone numbers, and for a natural person replaces the full name wherever the text names them.</summary>
    public static string Scrub(string text, EnforcementCase c)
    {
        var result = Masking.Text(text);
        if (c.PartyKind == PartyKind.Individual && c.PartyName.Trim().Length > 0)
        {
            result = result.Replace(c.PartyName.Trim(), Person(c.PartyName), StringComparison.Ordinal);
        }

        if (!string.IsNullOrWhiteSpace(c.PartyIdNumber) && c.PartyKind == PartyKind.Individual)
        {
            result = result.Replace(c.PartyIdNumber.Trim(), Masking.IdNumber(c.PartyIdNumber.Trim()), StringComparison.Ordinal);
        }

        return result;
    }
}

/// <summary>执法决定公示 procedure (definition <c>enforcement.publication</c> v1) with its three clocks.</summary>
public static class PublicationProcedure
{
    public const string Key = "enforcement.publication";
    public const string Registered = "registered";
    public const string Due = "due";
    public const string Published = "published";
    public const string WithdrawalDue = "withdrawal_due";
    public const string Withdrawn = "withdrawn";

    public const string PenaltyClock = "publish_penalty";
    public const string OtherClock = "publish_other";
    public const string WithdrawClock = "withdraw";

    public const string Withdrawal = "《中华人民共和国行政处罚法》第四十八条第二款（决定被变更、撤销、确认违法或者确认无效的，应当在三日内撤回公开信息）";

    private static readonly string[] Actors = [EnforcementPermissions.Handle, EnforcementPermissions.Decide];

    public static readonly ProcedureDefinition V1 = new(Key, 1, "执法决定公示")
    {
        States =
        [
            new(Registered, "已登记"), new(Due, "待公示"), new(Published, "已公示"), new(WithdrawalDue, "决定已变更或撤销，待撤下"),
            new(Withdrawn, "已撤下"),
        ],
        InitialState = Registered,
        Clocks =
        [
            new ClockRule(PenaltyClock, "行政处罚决定公示期限（决定之日起7个工作日）", 7, ClockUnit.WorkingDays, new(Articles.PublicationPenalty)) { WarningWorkingDays = 2 },
            new ClockRule(OtherClock, "执法决定信息公示期限（决定之日起20个工作日）", 20, ClockUnit.WorkingDays, new(Articles.PublicationOther)),
            new ClockRule(WithdrawClock, "撤回公开信息期限（3个工作日）", 3, ClockUnit.WorkingDays, new(Withdrawal)) { WarningWorkingDays = 1 },
        ],
        Actions =
        [
            new("register_penalty", "登记待公示的行政处罚决定", [Registered], Due) { Permissions = Actors, Clocks = [ClockEffect.Start(PenaltyClock)] },
            new("register_other", "登记待公示的执法决定", [Registered], Due) { Permissions = Actors, Clocks = [ClockEffect.Start(OtherClock)] },
            new("publish", "在政务公开栏目公示", [Due], Published) { Permissions = Actors, Clocks = [ClockEffect.Stop(PenaltyClock), ClockEffect.Stop(OtherClock)] },
            new("change", "登记决定变更、撤销、确认违法或无效", [Published], WithdrawalDue) { Permissions = Actors, Clocks = [ClockEffect.Start(WithdrawClock)] },
            new("withdraw", "撤下公示信息", [WithdrawalDue], Withdrawn) { Permissions = Actors, Clocks = [ClockEffect.Stop(WithdrawClock)] },
        ],
    };
}
