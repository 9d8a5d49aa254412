using Fazhi.Platform.Validation;

namespace Fazhi.UnitTests.Platform.Validation;

public sealed class MaskingTests
{
    [Theory]
    [InlineData("44190019900307123X", "441900********123X")]
    [InlineData("441900199003071238", "441900********1238")]
    [InlineData("110105491231002", "110105*****1002")]
    [InlineData("12345", "*****")]
    [InlineData("", "")]
    public void IdNumber_KeepsAddressCodeAndLastFour(string id, string expected) => Assert.Equal(expected, Masking.IdNumber(id));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("0769-2233", "*****2233")]
    public void Mobile_KeepsPrefixAndLastFour(string phone, string expected) => Assert.Equal(expected, Masking.Mobile(phone));

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("李小明", "李**")]
    [InlineData("欧阳娜娜", "欧阳**")]
    [InlineData("欧阳修", "欧阳*")]
    [InlineData("王", "*")]
    [InlineData("𠇔一", "𠇔*")]
    public void PersonName_KeepsSurname(string name, string expected) => Assert.Equal(expected, Masking.PersonName(name));

    [Theory]
    [InlineData("广东省东莞市常平镇振兴路88号3栋501", "广东省东莞市常平镇****")]
    [InlineData("东莞市常平镇市场路1号", "东莞市常平镇****")]
    [InlineData("上海市浦东新区陆家嘴街道世纪大道100号", "上海市浦东新区陆家嘴街道****")]
    [InlineData("北京市朝阳区建国路1号", "北京市朝阳区****")]
    [InlineData("江苏省镇江市京口区正东路街道学府路2号", "江苏省镇江市京口区正东路街道****")]
    [InlineData("振兴路88号3栋", "振兴****")]
    [InlineData("东莞市常平镇", "东莞市常平镇")]
    public void Address_KeptDownToTownOrStreet(string address, string expected) => Assert.Equal(expected, Masking.Address(address));

    [Fact]
    public void Text_MasksIdNumbersAndMobilesInsideChineseText()
    {
        var text = "当事人张三，身份证号110101199003071233，联系电话13800138000，备用+86 139-1234-5678。";
        Assert.Equal("当事人张三，身份证号110101********1233，联系电话138****8000，备用+86 139****5678。", Masking.Text(text));
    }

    [Fact]
    public void Text_MasksIdNumberWithWrongCheckDigit_BecauseItStillIdentifiesAPerson() =>
        Assert.Equal("号码441900********1239", Masking.Text("号码441900199003071239"));

    [Theory]
    [InlineData("订单号 638712345678901234 已处理")]
    [InlineData("金额 1380013800012 分")]
    [InlineData("案号 2026-0001，共 12800138000 字节")]
    [InlineData("id 0195f3c2-7a1b-7c3d-9e8f-123456789012")]
    public void Text_LeavesOtherNumbersAlone(string text) => Assert.Equal(text, Masking.Text(text));

    [Fact]
    public void Text_MasksLowercaseXIdNumbers() => Assert.Equal("11010519491231002X".Length, Masking.Text("11010519491231002x").Length);

    [Fact]
    public void ContainsPersonalNumbers_FindsPhone()
    {
        Assert.True(Masking.ContainsPersonalNumbers("电话13800138000"));
        Assert.False(Masking.ContainsPersonalNumbers("无个人信息"));
    }
}
