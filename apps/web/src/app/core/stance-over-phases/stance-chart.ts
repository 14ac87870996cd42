import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { STANCE_LABELS, type PositionMatrixCell } from '@send/contracts';
import { CHART, chartLayout } from './chart-geometry';

/**
 * One organisation's stance on one proposal across the phases, drawn. Hidden from assistive technology: the table
 * beside it says the same (StanceOverPhases), and a picture of dots is no way to hear it.
 */
@Component({
  selector: 'app-stance-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './stance-chart.css',
  template: `
    @let c = layout();
    <svg class="app-stance-chart" [attr.viewBox]="'0 0 ' + width + ' ' + c.height" aria-hidden="true" focusable="false" data-testid="stance-chart">
      @for (row of c.rows; track row.stance) {
        <line class="app-stance-chart__grid" [attr.x1]="labelRight + 8" [attr.x2]="width - 4" [attr.y1]="row.y" [attr.y2]="row.y" />
        <text class="app-stance-chart__label" [attr.x]="labelRight" [attr.y]="row.y" text-anchor="end" dominant-baseline="middle">{{ labels[row.stance] }}</text>
      }
      <line class="app-stance-chart__rule" [attr.x1]="8" [attr.x2]="width - 4" [attr.y1]="c.ruleY" [attr.y2]="c.ruleY" />
      @for (tick of c.axis; track $index) {
        <text class="app-stance-chart__axis" [attr.x]="tick.x" [attr.y]="c.height - 2 * lineHeight" text-anchor="middle">
          @for (line of tick.lines; track $index) {
            <tspan [attr.x]="tick.x" [attr.dy]="$first ? 0 : lineHeight">{{ line }}</tspan>
          }
        </text>
      }
      @for (s of c.segments; track $index) {
        <line class="app-stance-chart__line" [class.app-stance-chart__line--gap]="s.gap" [attr.x1]="s.x1" [attr.y1]="s.y1" [attr.x2]="s.x2" [attr.y2]="s.y2" />
      }
      @for (p of c.points; track p.phase) {
        <circle [class]="'app-stance-chart__point app-stance-chart__point--' + p.stance" [attr.cx]="p.x" [attr.cy]="p.y" r="7" [attr.data-stance]="p.stance" />
      }
    </svg>
  `,
})
export class StanceChart {
  readonly phaseNames = input.required<readonly string[]>();
  readonly cells = input.required<readonly (PositionMatrixCell | null)[]>();

  protected readonly layout = computed(() => chartLayout(this.phaseNames(), this.cells()));
  protected readonly labels = STANCE_LABELS;
  protected readonly width = CHART.width;
  protected readonly labelRight = CHART.labelRight;
  protected readonly lineHeight = CHART.lineHeight;
}
