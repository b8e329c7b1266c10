import {applyTheme as _applyTheme} from './theme-prawat.generated.js';
export const applyTheme = _applyTheme;
