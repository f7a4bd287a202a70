namespace Beleidsplan.Web.Uploads;

/// <summary>
/// A file a user uploaded. The bytes live in the upload folder under <see cref="Id"/>, never under
/// the name the user gave; <see cref="Name"/> is that name, sanitised, only offered back on download.
/// </summary>
public class StoredFile
{
    public Guid Id { get; set; }

    /// <summary>The original file name without path or control characters (the audit trail shows it).</summary>
    public string Name { get; set; } = "";

    /// <summary>The type detected from the content, never the one the browser claimed.</summary>
    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    /// <summary>SHA-256 of the content, lowercase hex: proves later that a file is unchanged.</summary>
    public string Sha256 { get; set; } = "";

    public DateTimeOffset UploadedAt { get; set; }

    public string UploadedByUserId { get; set; } = "";

    /// <summary>The plan the file belongs to, when it belongs to one; downloads check it.</summary>
    public int? PlanId { get; set; }
}
