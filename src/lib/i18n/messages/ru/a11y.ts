// Сообщения для клавиатуры и экранного диктора: объявления изменений, ссылка перехода, имена элементов.
import type english from '../en/a11y';

export default {
  'a11y.skipToMap': 'Перейти к карте',
  'a11y.skipToContent': 'Перейти к содержимому',
  'a11y.announce.undone': 'Отменено: {change}',
  'a11y.announce.redone': 'Повторено: {change}',
  'a11y.announce.reverted': 'Изменение отозвано: {change}',
  'a11y.announce.scenarioOpened': 'Открыт сценарий «{name}». Выберите отделение или страну, чтобы изменить их.',
  'a11y.announce.twoTierOpened': 'Открыт сценарий «{name}»: два уровня, {count, plural, one {# изменение} few {# изменения} many {# изменений} other {# изменения}} по сравнению с исходной ситуацией. Выберите отделение или страну, чтобы изменить их.',
  'a11y.announce.view': 'Раздел: {view}',
  'a11y.announce.mapShows': 'На карте: {mode}',
  'a11y.announce.weight': 'Вес аспекта «{perspective}»: {share}. Оценки пересчитаны.',
  'a11y.checks.showTarget': 'Показать: {target}',
  'a11y.paint.keyboardPath': 'С клавиатуры: выберите страну в поле «{findCountry}», затем это отделение в поле «{coveredBy}».',
  'a11y.sideBySide.tablesHint': 'Те же данные есть в разделе «Таблицы».',
  'a11y.find.filterLabel': "Введите любую часть названия, города или страны отделения. Стрелки перемещают по совпадениям; Enter показывает отделение на карте; Escape закрывает список.",
  'a11y.find.filterPlaceholder': 'Введите город или страну…',
  'a11y.find.matches': '{count, plural, =0 {Совпадений нет.} one {Найдено # отделение. Enter — показать его.} few {Найдено # отделения. Enter — показать первое.} many {Найдено # отделений. Enter — показать первое.} other {Найдено # отделения. Enter — показать первое.}}',
  'a11y.core.setInScenario': 'задано в этом сценарии',
  'a11y.core.openedInScenario': 'Открыто в этом сценарии',
  'a11y.core.defaultDataset': 'Сеть отделений ЮНИДО на местах, ок. 2020–2023 гг. (условные данные)',
} satisfies Record<keyof typeof english, string>;
