using System.Text;

using Fazhi.Platform.Crypto;

namespace Fazhi.UnitTests.Platform.Crypto;

public sealed class BlindIndexTests
{
    private static readonly byte[] Key = Convert.FromHexString("000102030405060708090a0b0c0d0e0f");

    [Fact]
    public void HmacSm3_MatchesAnIndependentImplementation()
    {
        // RFC 4231 test case 1 inputs under SM3; the expected value is from OpenSSL's HMAC-SM3.
        var mac = HmacSm3BlindIndex.Mac(Enumerable.Repeat((byte)0x0b, 20).ToArray(), Encoding.ASCII.GetBytes("Hi There"));

        Assert.Equal("51b00d1fb49832bfb01c3ce27848e59f871d9ba938dc563b338ca964755cce70", Convert.ToHexStringLower(mac));
    }

    [Fact]
    public void Index_IsKeyIdAndHmacSm3OfPurposeAndNormalisedValue()
    {
        var index = new HmacSm3BlindIndex(Key, "k1");

        // OpenSSL: HMAC-SM3(key, "id_number\n44010519491231002X").
        Assert.Equal("k1:0059aec67e67edb86c68509d008f9ff08b5537808e1a1e1078da553613d3c413", index.Compute("id_number", "44010519491231002X"));
    }

    [Fact]
    public void SameValue_SameIndex_WhateverSpacingHyphensOrCase()
    {
        var index = new HmacSm3BlindIndex(Key, "k1");

        Assert.Equal(index.Compute("id_number", "44010519491231002X"), index.Compute("id_number", " 440105 19491231 002x "));
        Assert.Equal(index.Compute("phone", "13912345678"), index.Compute("phone", "139-1234-5678"));
    }

    [Fact]
    public void OtherPurposeOrOtherKey_GivesAnUnrelatedIndex_AndTheIndexDoesNotContainTheValue()
    {
        var index = new HmacSm3BlindIndex(Key, "k1");
        var other = new HmacSm3BlindIndex(Convert.FromHexString("f0e0d0c0b0a090807060504030201000"), "k1");

        var value = index.Compute("phone", "13912345678");

        Assert.NotEqual(value, index.Compute("id_number", "13912345678"));
        Assert.NotEqual(value, other.Compute("phone", "13912345678"));
        Assert.DoesNotContain("13912345678", value, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortKeyOrKeyIdWithColon_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new HmacSm3BlindIndex(new byte[8], "k1"));
        Assert.Throws<ArgumentException>(() => new HmacSm3BlindIndex(Key, "a:b"));
    }
}
