using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Calendar;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

namespace Fazhi.Modules.Services.Domain;

/// <summary>评价等级 (国办发〔2019〕51号 five levels; 5 = 非常满意).</summary>
public enum RatingLevel
{
    [Display(Name = "非常不满意")] VeryDissatisfied = 1,
    [Display(Name = "不满意")] Dissatisfied = 2,
    [Display(Name = "基本满意")] Basic = 3,
    [Display(Name = "满意")] Satisfied = 4,
    [Display(Name = "非常满意")] VerySatisfied = 5,
}

/// <summary>差评核实结论.</summary>
public enum Verification
{
    [Display(Name = "属实")] Substantiated,
    [Display(Name = "不属实")] Unsubstantiated,
}

/// <summary>申诉（复核）结果.</summary>
public enum AppealOutcome
{
    [Display(Name = "维持原评价")] Upheld,
    [Display(Name = "评价不予采信")] Withdrawn,
}

/// <summary>
/// 好差评 (one rating of one service, 一次一评/一事一评, 国办发〔2019〕51号). A bad rating (不满意/非常不满意) is verified;
/// a substantiated one is rectified within the region's configured working days and the real-name rater is called back
/// (实名差评回访整改率 target 100%). The rated party may appeal; a withdrawn rating no longer counts in the figures.
/// Window and department are copied from the service so monthly rankings are one GROUP BY.
/// </summary>
public sealed class ServiceRating : IRegionScoped
{
    public const string Basis = "《国务院办公厅关于建立政务服务“好差评”制度提高政务服务水平的意见》（国办发〔2019〕51号）";

    private ServiceRating()
    {
    }

    public ServiceRating(ServiceApplication application, int? window, RatingLevel level, DateOnly ratedOn, bool realName, string? phoneProtected, string? comment)
    {
        RegionCode = application.RegionCode;
        ApplicationId = application.Id;
        Department = application.Department;
        WindowNumber = window;
        Level = level;
        RatedOn = ratedOn;
        RealName = realName;
        RaterPhoneProtected = phoneProtected;
        Comment = comment?.Trim();
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string RegionCode { get; private set; } = "";

    public Guid ApplicationId { get; private set; }

    public string Department { get; private set; } = "";

    public int? WindowNumber { get; private set; }

    public RatingLevel Level { get; private set; }

    public DateOnly RatedOn { get; private set; }

    public bool RealName { get; private set; }

    public string? RaterPhoneProtected { get; private set; }

    public string? Comment { get; private set; }

    public bool IsBad => Level <= RatingLevel.Dissatisfied;

    public DateOnly? VerifiedOn { get; private set; }

    public Verification? Verification { get; private set; }

    public DateOnly? RectifyDueOn { get; private set; }

    public DateOnly? RectifiedOn { get; private set; }

    public string? Rectification { get; private set; }

    public DateOnly? CalledBackOn { get; private set; }

    public string? CallbackNote { get; private set; }

    public DateOnly? AppealedOn { get; private set; }

    public string? AppealReason { get; private set; }

    public DateOnly? AppealDecidedOn { get; private set; }

    public AppealOutcome? AppealOutcome { get; private set; }

    /// <summary>Counts in the figures (not withdrawn on appeal).</summary>
    public bool Counts { get; private set; } = true;

    public void Verify(DateOnly on, Verification result, int rectifyDays, WorkingDayCalendar calendar)
    {
        if (!IsBad || VerifiedOn is not null)
        {
            throw new DomainRuleException("只有差评需要核实，且只核实一次", Basis);
        }

        NotBefore(on, RatedOn, "核实日期");
        VerifiedOn = on;
        Verification = result;
        RectifyDueOn = result == Domain.Verification.Substantiated ? calendar.AddWorkingDays(RatedOn, rectifyDays).Due : null;
    }

    public void Rectify(DateOnly on, string what)
    {
        if (Verification != Domain.Verification.Substantiated || RectifiedOn is not null)
        {
            throw new DomainRuleException("只有核实属实的差评需要整改，且整改只登记一次", Basis);
        }

        if (string.IsNullOrWhiteSpace(what))
        {
            throw new FieldValidationException("note", "请填写整改情况");
        }

        NotBefore(on, VerifiedOn!.Value, "整改日期");
        RectifiedOn = on;
        Rectification = what.Trim();
    }

    public void CallBack(DateOnly on, string note)
    {
        if (!IsBad || !RealName || VerifiedOn is null || CalledBackOn is not null)
        {
            throw new DomainRuleException("实名差评核实（属实的须整改）后回访一次", Basis);
        }

        if (Verification == Domain.Verification.Substantiated && RectifiedOn is null)
        {
            throw new DomainRuleException("差评整改完成后再回访评价人", Basis);
        }

        NotBefore(on, RectifiedOn ?? VerifiedOn.Value, "回访日期");
        CalledBackOn = on;
        CallbackNote = note?.Trim();
    }

    public void Appeal(DateOnly on, string reason)
    {
        if (AppealedOn is not null)
        {
            throw new DomainRuleException("同一评价只能申诉一次", Basis);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new FieldValidationException("reason", "请填写申诉理由");
        }

        NotBefore(on, RatedOn, "申诉日期");
        AppealedOn = on;
        AppealReason = reason.Trim();
    }

    public void DecideAppeal(DateOnly on, AppealOutcome outcome)
    {
        if (AppealedOn is null || AppealDecidedOn is not null)
        {
            throw new DomainRuleException("没有待复核的申诉", Basis);
        }

        NotBefore(on, AppealedOn.Value, "复核日期");
        AppealDecidedOn = on;
        AppealOutcome = outcome;
        Counts = outcome == Domain.AppealOutcome.Upheld;
    }

    private static void NotBefore(DateOnly on, DateOnly earliest, string what)
    {
        if (on < earliest)
        {
            throw new FieldValidationException("on", $"{what}不能早于{ApplicationClocks.Day(earliest)}");
        }
    }
}
