using Fazhi.Modules.AnnualReports.Domain;
using Fazhi.Modules.AnnualReports.Figures;
using Fazhi.Platform.Regions;

namespace Fazhi.UnitTests.Modules.AnnualReports;

public sealed class IssuingOrgansTests
{
    [Fact]
    public void Town_IsSignedByItsPartyCommitteeAndPeoplesGovernment_PrintedByItsPartyAndGovernmentOffice()
    {
        var organs = IssuingOrgans.Of("常平镇", RegionLevel.Town)!;
        Assert.Equal(new IssuingOrgans("镇", "中共常平镇委员会", "常平镇人民政府", "常平镇党政办公室"), organs);
    }

    [Fact]
    public void Township_IsSignedAsATown_AndCallsItself乡()
    {
        Assert.Equal(new IssuingOrgans("乡", "中共瑶山乡委员会", "瑶山乡人民政府", "瑶山乡党政办公室"), IssuingOrgans.Of("瑶山乡", RegionLevel.Town));
    }

    [Fact]
    public void Subdistrict_HasAPartyWorkingCommitteeAndAnOffice_NotAPeoplesGovernment()
    {
        Assert.Equal(new IssuingOrgans("街道", "中共南城街道工作委员会", "南城街道办事处", "南城街道党政办公室"), IssuingOrgans.Of("南城街道", RegionLevel.Town));
    }

    [Fact]
    public void County_District_AndCity_AreSignedByTheirCommitteeAndPeoplesGovernment_PrintedByThePartyCommitteesOffice()
    {
        Assert.Equal(new IssuingOrgans("县", "中共博罗县委员会", "博罗县人民政府", "中共博罗县委办公室"), IssuingOrgans.Of("博罗县", RegionLevel.County));
        Assert.Equal(new IssuingOrgans("区", "中共惠城区委员会", "惠城区人民政府", "中共惠城区委办公室"), IssuingOrgans.Of("惠城区", RegionLevel.County));
        Assert.Equal(new IssuingOrgans("市", "中共东莞市委员会", "东莞市人民政府", "中共东莞市委办公室"), IssuingOrgans.Of("东莞市", RegionLevel.City));
    }

    [Fact]
    public void Kind_FallsBackToTheLevel_WhenTheNameDoesNotEndInOne()
    {
        Assert.Equal("镇", IssuingOrgans.Of("测试镇501", RegionLevel.Town)!.Self);
        Assert.Equal("县", IssuingOrgans.Of("测试县级单位", RegionLevel.County)!.Self);
    }

    [Fact]
    public void Village_WritesNoReport()
    {
        Assert.Null(IssuingOrgans.Of("松柏塘村", RegionLevel.Village));
    }

    [Fact]
    public void TemplateWords_ForATown_AreRewrittenForTheRegionsKind()
    {
        const string Text = "中共{{region}}委员会 {{region}}人民政府关于{{year}}年法治政府建设情况的报告。现将我镇工作报告如下，全镇实有市场主体。";
        Assert.Equal(Text, IssuingOrgans.Of("常平镇", RegionLevel.Town)!.Rewrite(Text));
        Assert.Equal("中共{{region}}工作委员会 {{region}}办事处关于{{year}}年法治政府建设情况的报告。现将我街道工作报告如下，全街道实有市场主体。",
            IssuingOrgans.Of("南城街道", RegionLevel.Town)!.Rewrite(Text));
        Assert.Equal("中共{{region}}委员会 {{region}}人民政府关于{{year}}年法治政府建设情况的报告。现将我区工作报告如下，全区实有市场主体。",
            IssuingOrgans.Of("惠城区", RegionLevel.County)!.Rewrite(Text));
        Assert.Equal("中共{{region}}委员会 {{region}}人民政府关于{{year}}年法治政府建设情况的报告。现将我市工作报告如下，全市实有市场主体。",
            IssuingOrgans.Of("东莞市", RegionLevel.City)!.Rewrite(Text));
    }

    [Fact]
    public void DefaultTemplate_RendersForACity_As我市()
    {
        var words = new ReportWords(2022, "东莞市", IssuingOrgans.Of("东莞市", RegionLevel.City));
        var intro = ReportTemplate.Default.Sections.Single(s => s.Key == ReportTemplate.IntroKey).Text;
        var rendered = Narrative.Plain(Narrative.Render(intro, new Dictionary<string, ReportFigure>(), words));
        Assert.Contains("现将我市2022年法治政府建设工作情况报告如下", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("镇", rendered, StringComparison.Ordinal);
    }
}
