using Fazhi.Platform.Data;

namespace Fazhi.Platform.Documents;

/// <summary>
/// 附件存储: files under &lt;data folder&gt;/attachments/ab/cd/&lt;sha256&gt;, one copy per content. The folder is outside
/// wwwroot and no middleware serves it; the only way out is the download endpoint, which checks the owning record.
/// Uploads are written to attachments/tmp first and promoted only after the database row is committed (DUR-02).
/// </summary>
public sealed class AttachmentStore
{
    public AttachmentStore(IConfiguration configuration)
    {
        Root = Path.Combine(DatabaseSetup.DataDirectory(configuration), "attachments");
        TempDirectory = Path.Combine(Root, "tmp");
        Directory.CreateDirectory(TempDirectory);
    }

    public string Root { get; }

    public string TempDirectory { get; }

    public string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("not a lower-case SHA-256 hex digest", nameof(sha256));
        }

        return Path.Combine(Root, sha256[..2], sha256[2..4], sha256);
    }

    // DEBT: temp files left by a crash between write and promote need a sweeper (DUR-02: delete after 1 hour); a normal failure deletes its own.
    // DEBT: no delete endpoint yet; when one comes, the stored file goes once no row references its hash (DATA-10).

    /// <summary>A new temp file (random name) the caller writes the upload into and deletes if it is not promoted.</summary>
    public FileStream CreateTemp() =>
        new(Path.Combine(TempDirectory, Guid.NewGuid().ToString("N")), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous);

    /// <summary>Moves a committed upload into place; when the same content is already stored the temp copy is dropped.</summary>
    public void Promote(string tempPath, string sha256)
    {
        var target = PathOf(sha256);
        if (File.Exists(target))
        {
            File.Delete(tempPath);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            File.Move(tempPath, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another upload of the same content won the race; its copy is identical.
            File.Delete(tempPath);
        }
    }

    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    public FileStream OpenRead(string sha256) =>
        new(PathOf(sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);
}
