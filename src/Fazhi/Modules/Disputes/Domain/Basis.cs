namespace Fazhi.Modules.Disputes.Domain;

/// <summary>The articles the dispute-screening gates cite (law.md §10; the screening steps are local practice).</summary>
public static class Basis
{
    public const string Screening = "《广东省平安建设条例》第十五条";
    public const string Centre = "《广东省平安建设条例》第七条";
    public const string Diversion = "《广东省平安建设条例》第三十一条至第三十五条";
    public const string Fengqiao = "《信访工作条例》第十五条";
    public const string MediationAgreement = "《中华人民共和国人民调解法》第二十八条、第二十九条";
}
