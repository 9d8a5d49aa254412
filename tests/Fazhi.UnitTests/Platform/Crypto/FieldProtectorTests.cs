using System.Security.Cryptography;

using Fazhi.Platform.Crypto;

namespace Fazhi.UnitTests.Platform.Crypto;

public sealed class FieldProtectorTests
{
    private static readonly byte[] KeyA = Convert.FromHexString("000102030405060708090a0b0c0d0e0f");
    private static readonly byte[] KeyB = Convert.FromHexString("f0e0d0c0b0a090807060504030201000");

    private static Sm4GcmFieldProtector Protector(string id = "a", byte[]? key = null) =>
        new(new Dictionary<string, byte[]> { [id] = key ?? KeyA }, id);

    [Fact]
    public void Sm4Block_MatchesTheGbT32907KnownAnswer()
    {
        var key = Convert.FromHexString("0123456789abcdeffedcba9876543210");

        var cipher = Sm4GcmFieldProtector.EncryptBlock(key, key);

        Assert.Equal("681edf34d206965e86b3e94f536e4246", Convert.ToHexStringLower(cipher));
    }

    [Fact]
    public void SamePlaintextTwice_GivesDifferentCiphertexts_ThatBothDecrypt()
    {
        var protector = Protector();

        var first = protector.Protect("13912345678");
        var second = protector.Protect("13912345678");

        Assert.NotEqual(first, second);
        Assert.Equal("13912345678", protector.Unprotect(first));
        Assert.Equal("13912345678", protector.Unprotect(second));
    }

    [Fact]
    public void Ciphertext_NamesAlgorithmAndKey_AndDoesNotContainThePlaintext()
    {
        var stored = Protector("k2026").Protect("13912345678");

        Assert.StartsWith("sm4gcm:k2026:", stored);
        Assert.DoesNotContain("13912345678", stored);
    }

    [Fact]
    public void TamperedCiphertext_FailsAuthentication()
    {
        var protector = Protector();
        var stored = protector.Protect("13912345678");
        var bytes = Convert.FromBase64String(stored.Split(':')[2]);
        bytes[^1] ^= 1;

        Assert.Throws<CryptographicException>(() => protector.Unprotect($"sm4gcm:a:{Convert.ToBase64String(bytes)}"));
    }

    [Fact]
    public void CiphertextUnderAnotherKey_FailsAuthentication()
    {
        var stored = Protector("a", KeyA).Protect("13912345678");

        Assert.Throws<CryptographicException>(() => Protector("a", KeyB).Unprotect(stored));
        Assert.Throws<CryptographicException>(() => Protector("b", KeyA).Unprotect(stored));
    }

    [Fact]
    public void RotatedKeys_OldCiphertextStillDecrypts()
    {
        var old = Protector("old", KeyA).Protect("13912345678");
        var rotated = new Sm4GcmFieldProtector(new Dictionary<string, byte[]> { ["old"] = KeyA, ["new"] = KeyB }, "new");

        Assert.Equal("13912345678", rotated.Unprotect(old));
        Assert.StartsWith("sm4gcm:new:", rotated.Protect("x"));
    }
}
