import { DEFAULT_DOCUMENT } from './defaultDocument';

/** An example document the header's "Open example" menu offers. */
export interface FzExample {
  /** Stable id (the menu's option value; `open-example` test id + this id for tests). */
  id: string;
  /** Menu text. */
  title: string;
  /** The `.fz` text: valid FlowZap Code, written for this project. */
  text: string;
}

/**
 * A two-lane checkout: the shopper pays, the shop charges the card and retries a declined card
 * (a loop), then confirms or gives up. Written for this project.
 */
const CHECKOUT: string = [
  'Shopper { # Shopper',
  '  n1: circle label:"Open Cart"',
  '  n2: rectangle label:"Enter Card Details"',
  '  n3: circle label:"See Confirmation"',
  '  n1.handle(right) -> n2.handle(left)',
  '  n2.handle(bottom) -> Shop.n4.handle(top) [label="Pay"]',
  '}',
  'Shop { # Web Shop',
  '  n4: rectangle label:"Charge Card"',
  '  n5: diamond label:"Card Accepted?"',
  '  n6: rectangle label:"Wait and Retry"',
  '  n7: rectangle label:"Send Receipt"',
  '  n4.handle(right) -> n5.handle(left)',
  '  n5.handle(right) -> n7.handle(left) [label="Yes"]',
  '  n5.handle(bottom) -> n6.handle(top) [label="No"]',
  '  n6.handle(left) -> n4.handle(bottom) [label="Retry"]',
  '  n7.handle(top) -> Shopper.n3.handle(bottom) [label="Receipt"]',
  '  loop [retry a declined card twice] n4 n5 n6',
  '}',
  '',
].join('\n');

/**
 * Support ticket triage over three lanes, with taskboxes that name an owner and a system.
 * Written for this project.
 */
const TRIAGE: string = [
  'Customer { # Customer',
  '  n1: circle label:"Report Problem"',
  '  n2: circle label:"Problem Solved"',
  '  n1.handle(bottom) -> Desk.n3.handle(top) [label="Ticket"]',
  '}',
  'Desk { # Service Desk',
  '  n3: taskbox label:"Triage Ticket" owner:"Duty Agent" system:"Helpdesk"',
  '  n4: diamond label:"Known Issue?"',
  '  n5: rectangle label:"Send Known Fix"',
  '  n3.handle(right) -> n4.handle(left)',
  '  n4.handle(right) -> n5.handle(left) [label="Yes"]',
  '  n4.handle(bottom) -> Engineering.n6.handle(top) [label="No"]',
  '  n5.handle(top) -> Customer.n2.handle(bottom) [label="Fix"]',
  '}',
  'Engineering { # Engineering',
  '  n6: taskbox label:"Investigate|Reproduce|Patch|Release" owner:"On-call Engineer"',
  '  n6.handle(top) -> Desk.n5.handle(bottom) [label="Fixed"]',
  '}',
  '',
].join('\n');

/** The examples, the studio's opening document first. */
export const FZ_EXAMPLES: readonly FzExample[] = [
  { id: 'api-gateway', title: 'API gateway (the opening diagram)', text: DEFAULT_DOCUMENT },
  { id: 'checkout', title: 'Checkout with card retry', text: CHECKOUT },
  { id: 'ticket-triage', title: 'Support ticket triage', text: TRIAGE },
];
