using static Ouroboros.Domain.Calendars.Holidays.HolidayRows;

namespace Ouroboros.Domain.Calendars.Holidays;

/// <summary>Shanghai and Shenzhen closures: the weekdays inside the State Council's holiday arrangements.</summary>
internal static class ChinaHolidays
{
    // Sources: the State Council holiday notices (国务院办公厅关于2024/2025/2026年部分节假日安排的通知,
    // https://www.gov.cn/zhengce/) and the exchanges' closure notices (https://www.sse.com.cn/disclosure/announcement/general/,
    // https://www.szse.cn/disclosure/notice/). Both exchanges close on every weekday inside an arrangement and do not
    // trade on the make-up weekend workdays.
    // 2027 is provisional: the State Council had not published the 2027 arrangement. The dates follow the statutory
    // days (全国年节及纪念日放假办法, 2024 revision) and the pattern of 2024-2026: Spring Festival from the eve to the
    // 7th day of the first lunar month, Labour Day May 1-5, National Day October 1-7, single days for the rest
    // (a mid-week Dragon Boat or Mid-Autumn day may yet be bridged).
    public static readonly MarketHoliday[] All =
    [
        H(2024, 1, 1, "New Year's Day"),
        H(2024, 2, 9, "Spring Festival"),
        H(2024, 2, 12, "Spring Festival"),
        H(2024, 2, 13, "Spring Festival"),
        H(2024, 2, 14, "Spring Festival"),
        H(2024, 2, 15, "Spring Festival"),
        H(2024, 2, 16, "Spring Festival"),
        H(2024, 4, 4, "Qingming Festival"),
        H(2024, 4, 5, "Qingming Festival"),
        H(2024, 5, 1, "Labour Day"),
        H(2024, 5, 2, "Labour Day"),
        H(2024, 5, 3, "Labour Day"),
        H(2024, 6, 10, "Dragon Boat Festival"),
        H(2024, 9, 16, "Mid-Autumn Festival"),
        H(2024, 9, 17, "Mid-Autumn Festival"),
        H(2024, 10, 1, "National Day"),
        H(2024, 10, 2, "National Day"),
        H(2024, 10, 3, "National Day"),
        H(2024, 10, 4, "National Day"),
        H(2024, 10, 7, "National Day"),

        H(2025, 1, 1, "New Year's Day"),
        H(2025, 1, 28, "Spring Festival"),
        H(2025, 1, 29, "Spring Festival"),
        H(2025, 1, 30, "Spring Festival"),
        H(2025, 1, 31, "Spring Festival"),
        H(2025, 2, 3, "Spring Festival"),
        H(2025, 2, 4, "Spring Festival"),
        H(2025, 4, 4, "Qingming Festival"),
        H(2025, 5, 1, "Labour Day"),
        H(2025, 5, 2, "Labour Day"),
        H(2025, 5, 5, "Labour Day"),
        H(2025, 6, 2, "Dragon Boat Festival"),
        H(2025, 10, 1, "National Day and Mid-Autumn Festival"),
        H(2025, 10, 2, "National Day and Mid-Autumn Festival"),
        H(2025, 10, 3, "National Day and Mid-Autumn Festival"),
        H(2025, 10, 6, "National Day and Mid-Autumn Festival"),
        H(2025, 10, 7, "National Day and Mid-Autumn Festival"),
        H(2025, 10, 8, "National Day and Mid-Autumn Festival"),

        H(2026, 1, 1, "New Year's Day"),
        H(2026, 1, 2, "New Year's Day"),
        H(2026, 2, 16, "Spring Festival"),
        H(2026, 2, 17, "Spring Festival"),
        H(2026, 2, 18, "Spring Festival"),
        H(2026, 2, 19, "Spring Festival"),
        H(2026, 2, 20, "Spring Festival"),
        H(2026, 2, 23, "Spring Festival"),
        H(2026, 4, 6, "Qingming Festival"),
        H(2026, 5, 1, "Labour Day"),
        H(2026, 5, 4, "Labour Day"),
        H(2026, 5, 5, "Labour Day"),
        H(2026, 6, 19, "Dragon Boat Festival"),
        H(2026, 9, 25, "Mid-Autumn Festival"),
        H(2026, 10, 1, "National Day"),
        H(2026, 10, 2, "National Day"),
        H(2026, 10, 5, "National Day"),
        H(2026, 10, 6, "National Day"),
        H(2026, 10, 7, "National Day"),

        P(2027, 1, 1, "New Year's Day"),
        P(2027, 2, 5, "Spring Festival"),
        P(2027, 2, 8, "Spring Festival"),
        P(2027, 2, 9, "Spring Festival"),
        P(2027, 2, 10, "Spring Festival"),
        P(2027, 2, 11, "Spring Festival"),
        P(2027, 2, 12, "Spring Festival"),
        P(2027, 4, 5, "Qingming Festival"),
        P(2027, 5, 3, "Labour Day"),
        P(2027, 5, 4, "Labour Day"),
        P(2027, 5, 5, "Labour Day"),
        P(2027, 6, 9, "Dragon Boat Festival"),
        P(2027, 9, 15, "Mid-Autumn Festival"),
        P(2027, 10, 1, "National Day"),
        P(2027, 10, 4, "National Day"),
        P(2027, 10, 5, "National Day"),
        P(2027, 10, 6, "National Day"),
        P(2027, 10, 7, "National Day"),
    ];
}
