using Fazhi.Platform.Regions;

namespace Fazhi.Modules.AnnualReports.Domain;

/// <summary>
/// 发文机关 (issuing organs) of a region's joint report, named by the region's kind: a 镇 or 乡 has a 党委 and a 人民政府, a
/// 街道 a 党工委 (中共X街道工作委员会) and a 办事处 (派出机关, no 人民政府); a 县, 区 or 市 a 委员会 and a 人民政府. <see cref="Self"/> is
/// how the report names its own region ("我镇", "全街道", "我市"); the default template is written for a 镇.
/// </summary>
public sealed record IssuingOrgans(string Self, string PartyCommittee, string Government, string PrintingOffice)
{
    /// <summary>The self-reference word the default template's text is written with.</summary>
    public const string TemplateSelf = "镇";

    /// <summary>
    /// The organs of a region, or null for a 村（社区）, which writes no 法治政府建设年度报告 (law.md §1: 市、县、乡). The kind is the
    /// name's ending (街道, 镇, 乡, 县, 区, 市, 省), else the level's usual one; a 镇 or 乡 prints with its 党政办公室, a county or
    /// higher with its 党委办公室, which prints the joint documents of the 党委 and the 政府 there.
    /// </summary>
    public static IssuingOrgans? Of(string name, RegionLevel level)
    {
        if (level == RegionLevel.Village)
        {
            return null;
        }

        var self = Kind(name, level);
        return self switch
        {
            "街道" => new(self, $"中共{name}工作委员会", $"{name}办事处", $"{name}党政办公室"),
            "镇" or "乡" => new(self, $"中共{name}委员会", $"{name}人民政府", $"{name}党政办公室"),
            _ => new(self, $"中共{name}委员会", $"{name}人民政府", $"中共{name}委办公室"),
        };
    }

    private static string Kind(string name, RegionLevel level)
    {
        if (name.EndsWith("街道", StringComparison.Ordinal))
        {
            return "街道";
        }

        if (name.Length > 0 && "镇乡县区市省".Contains(name[^1], StringComparison.Ordinal))
        {
            return name[^1].ToString();
        }

        return level switch
        {
            RegionLevel.Province => "省",
            RegionLevel.City => "市",
            RegionLevel.County => "县",
            _ => "镇",
        };
    }

    /// <summary>
    /// The template's words for a 镇 in the region's kind: "中共{{region}}委员会" and "{{region}}人民政府" become the 党工委 and the
    /// 办事处 for a 街道; "我镇" and "全镇" become "我街道", "全县", "我市". A 镇's text is unchanged. Applied when the report is
    /// rendered, so reports drafted before (and 下一年度主要安排 drafted from the 工作要点) read right for their region.
    /// </summary>
    public string Rewrite(string text)
    {
        if (Self == TemplateSelf || text.Length == 0)
        {
            return text;
        }

        const string Region = "{{region}}";
        if (Self == "街道")
        {
            text = text.Replace($"中共{Region}委员会", $"中共{Region}工作委员会", StringComparison.Ordinal)
                .Replace($"{Region}人民政府", $"{Region}办事处", StringComparison.Ordinal);
        }

        return text.Replace("我" + TemplateSelf, "我" + Self, StringComparison.Ordinal)
            .Replace("全" + TemplateSelf, "全" + Self, StringComparison.Ordinal);
    }
}
