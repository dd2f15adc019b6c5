/** What the layout uses of notifications: the header's bell (its code is a lazy chunk). */
export { Bell } from './components/Bell';
