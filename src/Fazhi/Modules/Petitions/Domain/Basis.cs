namespace Fazhi.Modules.Petitions.Domain;

/// <summary>The articles of 《信访工作条例》 (2022-05-01) the gates and clocks cite (law.md §11).</summary>
public static class Basis
{
    private const string Regulation = "《信访工作条例》";

    public const string Channels = Regulation + "第十七条";
    public const string Representatives = Regulation + "第二十条";
    public const string Register = Regulation + "第二十一条";
    public const string Acknowledge = Regulation + "第二十三条";
    public const string Classification = Regulation + "第二十九条至第三十一条";
    public const string StatutoryChannel = Regulation + "第三十一条";
    public const string Opinion = Regulation + "第三十二条";
    public const string Handling = Regulation + "第三十四条";
    public const string Review = Regulation + "第三十五条";
    public const string Recheck = Regulation + "第三十六条";
    public const string NotAcceptedAgain = Regulation + "第三十六条第三款";
    public const string Leaders = Regulation + "第十八条";
}
