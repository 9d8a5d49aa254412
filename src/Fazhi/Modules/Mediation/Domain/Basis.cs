namespace Fazhi.Modules.Mediation.Domain;

/// <summary>The articles of 《中华人民共和国人民调解法》 (and 司法部《人民调解工作若干规定》) the gates and clocks cite (law.md §10).</summary>
public static class Basis
{
    public const string Law = "《中华人民共和国人民调解法》";
    public const string Composition = Law + "第八条";
    public const string Term = Law + "第九条";
    public const string Refusal = Law + "第十七条";
    public const string Referral = Law + "第十八条";
    public const string Assignment = Law + "第十九条";
    public const string Failure = Law + "第二十六条";
    public const string Record = Law + "第二十七条";
    public const string Agreement = Law + "第二十九条";
    public const string OralAgreement = Law + "第三十条";
    public const string Performance = Law + "第三十一条";
    public const string JudicialConfirmation = Law + "第三十三条";
    public const string SoftClock = "司法部《人民调解工作若干规定》第三十三条";
}
