using Fazhi.Modules.Enforcement.Domain;
using Fazhi.Modules.Enforcement.Inspections;
using Fazhi.Modules.Enforcement.Publication;
using Fazhi.Platform.Web;

namespace Fazhi.UnitTests.Modules.Enforcement;

public sealed class PublicationAndDrawTests
{
    [Theory]
    [InlineData("张三", "张某某")]
    [InlineData("欧阳娜娜", "欧阳某某")]
    [InlineData("李", "某某")]
    public void PublishedNaturalPersonName_KeepsOnlyTheSurname(string name, string expected) =>
        Assert.Equal(expected, PublicNames.Person(name));

    [Fact]
    public void PublishedText_MasksTheNameIdAndPhoneOfANaturalPerson()
    {
        var c = new EnforcementCase("441900199", "王小明无证行医案", null, EnforcementDomain.Medical, PartyKind.Individual, "王小明", "44190019900307123X",
            ClueSource.Complaint, "举报", new DateOnly(2025, 1, 2));

        var text = PublicNames.Scrub("经查，王小明（44190019900307123X，13812345678）擅自执业", c);

        Assert.DoesNotContain("王小明", text, StringComparison.Ordinal);
        Assert.DoesNotContain("44190019900307123X", text, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", text, StringComparison.Ordinal);
        Assert.Contains("王某某", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DoubleRandomDraw_IsTheSameForTheSameSeed_AndPairsTwoDifferentOfficers()
    {
        var candidates = Enumerable.Range(1, 50).Select(i => $"对象{i}").ToList();
        var roster = Enumerable.Range(1, 6).Select(_ => Guid.NewGuid()).ToList();

        var first = DoubleRandom.Draw(42, candidates, roster, 10);
        var second = DoubleRandom.Draw(42, candidates, roster, 10);

        Assert.Equal(first, second);
        Assert.Equal(10, first.Select(p => p.Entity).Distinct().Count());
        Assert.All(first, p => Assert.NotEqual(p.FirstOfficer, p.SecondOfficer));
        Assert.NotEqual(first, DoubleRandom.Draw(43, candidates, roster, 10));
    }

    [Fact]
    public void DoubleRandomDraw_WithFewerThanTwoCertifiedOfficers_IsRefused() =>
        Assert.Throws<DomainRuleException>(() => DoubleRandom.Draw(1, ["对象"], [Guid.NewGuid()], 1));
}
