export {
  addDays,
  addHours,
  addMonths,
  addYears,
  compareDays,
  daysBetween,
  daysInMonth,
  endOfParisDay,
  type IsoDay,
  isoWeekday,
  isValidIsoDay,
  parisDay,
  parisMidnight,
} from './calendar.ts';
export { formatDateLong, formatDateShort, formatDateTime, formatDayLong, formatDayShort, PARIS } from './format.ts';
export {
  addWorkingDays,
  type HolidayOptions,
  isAlsaceMoselle,
  isPublicHoliday,
  isWorkingDay,
  nextWorkingDay,
  type PublicHoliday,
  publicHolidays,
} from './holidays.ts';
export { addEuPeriodMonths } from './period.ts';
