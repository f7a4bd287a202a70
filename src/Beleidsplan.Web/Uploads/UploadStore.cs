using System.Security.Cryptography;
using Beleidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Uploads;

/// <summary>
/// The one way files come into the app and go out again: a size limit, the type detected from the
/// content against an allowlist, bytes stored outside the web root under a random name.
/// </summary>
public sealed class UploadStore(BeleidsplanDbContext db, UploadOptions options, TimeProvider clock, ILogger<UploadStore> log)
{
    /// <summary>Stores the content as a new file, or says in Dutch why not; nothing is kept on refusal.</summary>
    public async Task<UploadResult> SaveAsync(
        Stream content, string fileName, string uploadedByUserId, int? planId = null, CancellationToken cancellationToken = default)
    {
        var name = FileNames.Sanitise(fileName);
        var id = Guid.NewGuid();
        var path = PathOf(id);
        var partial = path + ".part";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            FileKind? kind;
            long size;
            string sha256;
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                (size, sha256) = await CopyAsync(content, file, cancellationToken);
                if (size > options.MaxBytes)
                {
                    return UploadResult.Refused($"'{name}' is groter dan {options.MaxText}. Kies een kleiner bestand.");
                }

                if (size == 0)
                {
                    return UploadResult.Refused($"'{name}' is leeg.");
                }

                kind = ContentSniffer.Detect(file);
            }

            var (finalName, finalKind, refusal) = Name(name, kind);
            if (refusal is not null || finalKind is null)
            {
                log.LogWarning("Upload geweigerd: {Name} ({Size} bytes) van {UserId}: {Reason}", name, size, uploadedByUserId, refusal);
                return UploadResult.Refused(refusal ?? "Dit bestand wordt niet aangenomen.");
            }

            File.Move(partial, path);
            var stored = new StoredFile
            {
                Id = id,
                Name = finalName,
                ContentType = finalKind.ContentType,
                Size = size,
                Sha256 = sha256,
                UploadedAt = clock.GetUtcNow(),
                UploadedByUserId = uploadedByUserId,
                PlanId = planId,
            };
            db.Add(stored);
            await db.SaveChangesAsync(cancellationToken);
            return UploadResult.Stored(stored);
        }
        catch
        {
            File.Delete(path); // a row that failed to save leaves no file behind
            throw;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>The file and its content, or null when there is no such file.</summary>
    public async Task<OpenedFile?> OpenAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var file = await db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (file is null)
        {
            return null;
        }

        try
        {
            return new OpenedFile(file, new FileStream(PathOf(id), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous));
        }
        catch (FileNotFoundException)
        {
            log.LogError("Bestand {Id} ({Name}) staat in de database maar niet in de uploadmap {Folder}", id, file.Name, options.Folder);
            return null;
        }
    }

    /// <summary>Deletes the row (recorded in the audit trail) and then the bytes.</summary>
    public async Task DeleteAsync(StoredFile file, CancellationToken cancellationToken = default)
    {
        db.Remove(file);
        await db.SaveChangesAsync(cancellationToken);
        File.Delete(PathOf(file.Id));
    }

    /// <summary>Where a file's bytes live: its id only, in a subfolder per first two characters.</summary>
    public string PathOf(Guid id)
    {
        var name = id.ToString("N");
        return Path.Combine(options.Folder, name[..2], name);
    }

    private static (string Name, FileKind? Kind, string? Refusal) Name(string name, FileKind? kind)
    {
        var extension = FileNames.Extension(name);
        if (kind is null)
        {
            return (name, null, $"'{name}' is geen toegestaan bestandstype (de inhoud is bepalend, niet de naam). Toegestaan zijn {FileKinds.AllowedText}.");
        }

        if (kind == FileKinds.Markup)
        {
            return (name, null, $"'{name}' bevat HTML- of XML-opmaak, zoals een webpagina of SVG-afbeelding. Zulke bestanden worden om veiligheidsredenen niet aangenomen.");
        }

        kind = kind == FileKinds.Text && extension == ".csv" ? FileKinds.Csv : kind;
        if (extension.Length == 0)
        {
            return (FileNames.Sanitise(name + kind.Extensions[0]), kind, null);
        }

        return kind.Extensions.Contains(extension)
            ? (name, kind, null)
            : (name, null, $"De inhoud van '{name}' is {kind.Description}, maar de naam eindigt op {extension}. Geef het bestand de juiste extensie ({kind.Extensions[0]}) en probeer het opnieuw.");
    }

    private async Task<(long Size, string Sha256)> CopyAsync(Stream content, Stream file, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            size += read;
            if (size > options.MaxBytes)
            {
                return (size, ""); // stop reading: the rest is not wanted
            }

            hash.AppendData(buffer, 0, read);
            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return (size, Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant());
    }
}
