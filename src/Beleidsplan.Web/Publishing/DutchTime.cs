using System.Globalization;

namespace Beleidsplan.Web.Publishing;

/// <summary>Moments as Dutch readers expect them: Amsterdam time, Dutch month names.</summary>
public static class DutchTime
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly TimeZoneInfo Amsterdam = FindAmsterdam();

    public static DateTimeOffset ToAmsterdam(this DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Amsterdam);

    public static DateTimeOffset ToAmsterdam(this DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToAmsterdam();

    public static string ToDutchMoment(this DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToDutchMoment();

    public static string ToDutchMoment(this DateTimeOffset moment) =>
        moment.ToAmsterdam().ToString("d MMMM yyyy 'om' HH:mm", Culture);

    /// <summary>The UTC moment an Amsterdam calendar day starts, for filters by date.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Amsterdam);

    private static TimeZoneInfo FindAmsterdam()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc; // a machine without time-zone data: times stay correct, in UTC
        }
    }
}
