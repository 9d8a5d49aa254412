using System.Security.Cryptography;

using Fazhi.Platform.Data;

using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace Fazhi.Platform.Crypto;

/// <summary>
/// 字段加密 (field-level encryption of personal data at rest, security.md DATA-05): phone numbers, ID numbers and the
/// like are stored only as ciphertext. The stored form names the algorithm and the key id, so keys can rotate.
/// </summary>
public interface IFieldProtector
{
    /// <summary>Encrypts with the active key and a fresh random IV: the same plaintext never gives the same ciphertext.</summary>
    string Protect(string plaintext);

    /// <summary>Decrypts a value produced by <see cref="Protect"/>; a tampered value or an unknown key fails.</summary>
    string Unprotect(string protectedValue);
}

/// <summary>
/// SM4 (GB/T 32907-2016) in GCM mode via BouncyCastle, 96-bit random IV, 128-bit tag. Stored as
/// <c>sm4gcm:{keyId}:{base64(iv ‖ ciphertext ‖ tag)}</c>.
/// </summary>
public sealed class Sm4GcmFieldProtector : IFieldProtector
{
    public const string Algorithm = "sm4gcm";
    private const int IvBytes = 12;
    private const int TagBits = 128;

    private readonly IReadOnlyDictionary<string, byte[]> _keys;
    private readonly string _activeKeyId;

    public Sm4GcmFieldProtector(IReadOnlyDictionary<string, byte[]> keys, string activeKeyId)
    {
        if (!keys.TryGetValue(activeKeyId, out var active) || active.Length != 16)
        {
            throw new ArgumentException($"字段加密密钥“{activeKeyId}”不存在或不是128位", nameof(activeKeyId));
        }

        if (activeKeyId.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("密钥标识不能含冒号", nameof(activeKeyId));
        }

        _keys = keys;
        _activeKeyId = activeKeyId;
    }

    public string Protect(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var iv = RandomNumberGenerator.GetBytes(IvBytes);
        var input = System.Text.Encoding.UTF8.GetBytes(plaintext);
        var cipher = Gcm(true, _keys[_activeKeyId], iv);
        var output = new byte[IvBytes + cipher.GetOutputSize(input.Length)];
        iv.CopyTo(output, 0);
        var written = cipher.ProcessBytes(input, 0, input.Length, output, IvBytes);
        cipher.DoFinal(output, IvBytes + written);
        return $"{Algorithm}:{_activeKeyId}:{Convert.ToBase64String(output)}";
    }

    public string Unprotect(string protectedValue)
    {
        ArgumentNullException.ThrowIfNull(protectedValue);
        var parts = protectedValue.Split(':');
        if (parts.Length != 3 || parts[0] != Algorithm || !_keys.TryGetValue(parts[1], out var key))
        {
            throw new CryptographicException("密文格式不对或密钥不存在");
        }

        var data = Convert.FromBase64String(parts[2]);
        if (data.Length < IvBytes + (TagBits / 8))
        {
            throw new CryptographicException("密文过短");
        }

        var cipher = Gcm(false, key, data.AsSpan(0, IvBytes).ToArray());
        var output = new byte[cipher.GetOutputSize(data.Length - IvBytes)];
        try
        {
            var written = cipher.ProcessBytes(data, IvBytes, data.Length - IvBytes, output, 0);
            written += cipher.DoFinal(output, written);
            return System.Text.Encoding.UTF8.GetString(output, 0, written);
        }
        catch (InvalidCipherTextException e)
        {
            throw new CryptographicException("密文认证失败（被篡改或密钥不符）", e);
        }
    }

    /// <summary>One SM4 block (ECB, no padding): for the GB/T 32907 known-answer test only.</summary>
    public static byte[] EncryptBlock(byte[] key, byte[] block)
    {
        var engine = new SM4Engine();
        engine.Init(true, new KeyParameter(key));
        var output = new byte[16];
        engine.ProcessBlock(block, 0, output, 0);
        return output;
    }

    private static GcmBlockCipher Gcm(bool encrypt, byte[] key, byte[] iv)
    {
        var cipher = new GcmBlockCipher(new SM4Engine());
        cipher.Init(encrypt, new AeadParameters(new KeyParameter(key), TagBits, iv));
        return cipher;
    }
}

/// <summary>
/// Keys come from configuration (<c>Fazhi:FieldEncryption:ActiveKey</c> and <c>Fazhi:FieldEncryption:Keys:{id}</c>, 32 hex
/// digits each; in production from the secret store). Without configuration a development key is generated once into
/// <c>{DataDirectory}/field-encryption.key</c>, outside the database.
/// </summary>
public static class CryptoSetup
{
    public const string DevKeyId = "dev";

    // DEBT: one key for the deployment; DATA-05 wants one data key per town wrapped by a KEK in a 密码机/KMS.
    public static IServiceCollection AddFieldProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IFieldProtector>(_ =>
        {
            var section = configuration.GetSection("Fazhi:FieldEncryption");
            var keys = section.GetSection("Keys").GetChildren()
                .ToDictionary(k => k.Key, k => Convert.FromHexString(k.Value ?? ""), StringComparer.Ordinal);
            if (keys.Count > 0)
            {
                return new Sm4GcmFieldProtector(keys, section["ActiveKey"] ?? keys.Keys.Single());
            }

            return new Sm4GcmFieldProtector(new Dictionary<string, byte[]> { [DevKeyId] = DevKey(DatabaseSetup.DataDirectory(configuration)) }, DevKeyId);
        });
        return services;
    }

    private static byte[] DevKey(string directory)
    {
        var path = Path.Combine(directory, "field-encryption.key");
        if (File.Exists(path))
        {
            return Convert.FromHexString(File.ReadAllText(path).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(16);
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToHexString(key));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use theirs.
            return Convert.FromHexString(File.ReadAllText(path).Trim());
        }

        return key;
    }
}
